"""Regressions found by the round-trip properties of ``tests/test_read_formats.py`` run at
random seeds (generated answers → PDF → an extractor's text → read back): each test holds the
extracted text of one falsifying example, cut to the table it went wrong in."""

from __future__ import annotations

import pytest

from okot_audit import audit, read_text

#: pdfplumber ``extract_text(layout=True)`` of a table whose cells sit in the middle of their
#: rows: a code's label wraps around its figures, and the label's last digit (``module 5``)
#: lands alone on the line below them.
MIDDLE_ALIGNED = """\
    Unieke cursisten met gestarte OKOT'(s) 2016 2017 2018
    394066: kinderzorg individueel traject - module
                                           42    23
    5
    720496: graduaatsopleiding master
    vakbevoegdheid Verkorte opvoeder 63    21    37
    gehandicaptenzorg
    804879: vakbevoegdheid - 1
                                    45     36    22
    graduaatsopleiding voor beroepsonderwijs
    974285: graduaatsopleiding
    gehandicaptenzorg algemene
                                    30     50    13
    apotheekassistent tandartsassistent
    lerarenopleiding - 1 - 1 ste jaar
    Totaal                         131    149    88
"""


def _cells(answer) -> dict[tuple, tuple]:
    return {(c.code, c.period): (c.label, c.count) for t in answer.tables for c in t.cells}


def test_a_labels_digit_alone_below_its_figures_ends_the_label():
    """``… traject - module`` / ``42 23`` / ``5``: the digit alone below the row's figures
    follows the label's counting word above them (``module``) — the label's own number, not a
    stray one (before: the label lost its 5 and the 5 was a ``stray-number``)."""
    answer = read_text(MIDDLE_ALIGNED, "middle.txt")
    assert answer.issues == []
    cells = _cells(answer)
    label = "kinderzorg individueel traject - module 5"
    assert [cells.get(("394066", p)) for p in ("2016", "2017", "2018")] == [None, (label, 42), (label, 23)]


#: ``pdftotext -layout`` of a table that runs on to a page repeating its header: each page is
#: laid out on its own character grid, the last page's columns squeezed to the left.
OWN_GRID_PAGES = """\
                                                                 Pagina 1 van 3
\fVlaams Parlement - Schriftelijke vragen en antwoorden

3. Hieronder vindt u een overzicht van het aantal werkzoekenden dat een opleiding heeft stopgezet.

Unieke cursisten met stopgezette en
uitgevoerde maar niet geslaagde OKOT'(s)                    2021         2022         2023

355896: Hoger onderwijs: knelpuntvakken
gehandicaptenzorg                                             26             60        209

374370: bijkomende bijkomende                                 70              3

392192: Graduaat apotheekassistent - tweede
jaar Se-n-se individueel verkort Opvoeder                     40             31            56

480362: leefgroepenwerking - 2e jaar en - 1ste
jaar                                                            9            20            67

514145: bijkomende onderwijs zorgkundige
graduaatsopleiding vakbevoegdheid jaar 1                      47             59

589910: opvoeder - 2de jaar - 3de jaar                        40              2            35

673850: kinderzorg en                                         51             26


                                                                 Pagina 2 van 3
\fVlaams Parlement - Schriftelijke vragen en antwoorden


Unieke cursisten met stopgezette en
uitgevoerde maar niet geslaagde OKOT'(s)                2021       2022     2023

883418: opvoeder modules 1- 4                                         33      38

Totaal                                                   265         234    391




                                                           Pagina 3 van 3
"""


def test_a_page_that_repeats_the_header_is_placed_by_its_own_header():
    """The last page's figures stand under its own header's period labels (``33`` under its
    2022, ``265`` under its 2021), columns other than the first page's: its header places
    them (before: the page's rows were ``ambiguous-alignment``, ``page-columns``)."""
    answer = read_text(OWN_GRID_PAGES, "layout.txt")
    assert answer.issues == []
    cells = {(c.code, c.period): c.count for t in answer.tables for c in t.cells}
    assert [cells.get(("883418", p)) for p in ("2021", "2022", "2023")] == [None, 33, 38]
    assert [cells.get((None, p)) for p in ("2021", "2022", "2023")] == [265, 234, 391]
    assert [cells.get(("374370", p)) for p in ("2021", "2022", "2023")] == [70, 3, None]


def test_a_dash_after_a_labels_range_before_one_figure_is_not_taken_for_a_blank():
    """pdfplumber ``extract_text()``: ``lager fase 1- 2 - 1 42`` under three periods is the
    label ``… fase 1- 2 - 1`` with 42 in one period, or ``… fase 1- 2`` (its dash a blank's mark)
    with 1 and 42 — the dash stands after the label's range, between no two figures. Both fit the
    totals: said, not read (before: read as a blank, 1 and 42, a wrong 2023 silently)."""
    text = "\n".join([
        "1. Hieronder vindt u een overzicht van het aantal werkzoekenden dat de afgelopen jaren een diploma behaalde.",
        "Unieke cursisten met uitgevoerde,",
        "2022 2023 2024*",
        "geslaagde, OKOT'(s)",
        "274155: lager fase 1- 2 - 1 42",
        "881985: vorming Professionele 3 53 36",
        "Totaal 3 77 36",
        "*Voor het jaar 2024 zijn enkel cijfers opgenomen van de eerste jaarhelft.",
    ])
    answer = read_text(text, "single.txt")
    assert [(i.kind, i.code) for i in answer.issues] == [("ambiguous-alignment", "274155")]
    cells = {(c.code, c.period): c.count for t in answer.tables for c in t.cells}
    assert not any(code == "274155" for code, _ in cells)
    assert [cells["881985", p] for p in ("2022", "2023", "2024")] == [3, 53, 36]


def test_a_dash_after_a_labels_range_among_figures_as_many_as_the_periods_is_weighed():
    """``orthopedagogie 2 - 3 - 1 34 4 58`` under five periods: a blank, 1, 34, 4 and 58 — or
    the label ``… 2 - 3 - 1`` with three figures somewhere (single spaces show no blank). The
    totals choose: only 34 in 2020 fits its total of 36 (before: read as a blank, 1, 34, 4 and
    58, silently)."""
    text = "\n".join([
        "2. Hieronder vindt u een overzicht van het aantal werkzoekenden dat een opleiding heeft stopgezet.",
        "Unieke cursisten met stopgezette en",
        "2020 2021 2022 2023 2024*",
        "uitgevoerde maar niet geslaagde OKOT'(s)",
        "034268: orthopedagogie 2 - 3 - 1 34 4 58",
        "434132: lerarenopleiding master 3 41 36 70 37",
        "Totaal 36 41 39 70 94",
    ])
    answer = read_text(text, "single.txt")
    assert answer.issues == []
    cells = _cells(answer)
    label = "orthopedagogie 2 - 3 - 1"
    assert [cells.get(("034268", p)) for p in ("2020", "2021", "2022", "2023", "2024")] == [
        (label, 34), None, (label, 4), None, (label, 58)]


def test_a_labels_range_below_a_count_after_a_hyphen_ends_the_label_in_every_row():
    """pdfplumber ``extract_text(layout=True)``: ``… traject - 24`` / ``modules 1- 4`` — the 24
    after the hyphen is the row's one figure (two digits: no label's number), so the line below
    is its label's end; and the next row ending the same way (``jeugd- 49`` / ``modules 1- 4``)
    is no copy of a line of its own (before: both ``modules 1- 4`` were stray numbers, the
    labels cut short)."""
    text = "\n".join([
        "    Unieke cursisten met gestarte OKOT'(s) 2016*",
        "    258269: en Opvoeder vorming kinderzorg educ 48",
        "",
        "    665279: bijkomende individueel traject - 24",
        "    modules 1- 4",
        "    705547: verkort vakbevoegdheid jeugd- 49",
        "    modules 1- 4",
        "    726145: en met individueel module 5 - verkort 57",
        "    traject - 2de jaar gehandicaptenzorg sec Hoger",
        "",
        "    Totaal                         173",
        "    *Voor het jaar 2016 zijn enkel cijfers opgenomen van de eerste jaarhelft.",
    ])
    answer = read_text(text, "layout.txt")
    assert answer.issues == []
    cells = _cells(answer)
    assert cells["665279", "2016"] == ("bijkomende individueel traject - modules 1- 4", 24)
    assert cells["705547", "2016"] == ("verkort vakbevoegdheid jeugd- modules 1- 4", 49)


def test_a_labels_range_alone_below_its_figures_ends_the_label():
    """pdfplumber ``extract_text(layout=True)``: ``… educ algemene 5 48 48 38 19 62`` / ``2 - 3``
    — a range of single digits alone below a row's figures, before the next code, is its label's
    end (before: a ``stray-number``, the label cut short). Rows whose blanks single spaces hide
    stay said."""
    text = "\n".join([
        "    Unieke cursisten met uitgevoerde, 2018 2019 2020   2021  2022   2023",
        "    geslaagde, OKOT'(s)",
        "    046644: Opvoeder - deel 2 Opvoeder 6   71    48     35           41",
        "    secundair",
        "",
        "    115488: zorgkundige                    37     1     22     49     6",
        "    125899: bachelor - tweede jaar educ algemene 5 48 48 38    19    62",
        "    2 - 3",
        "",
        "    705435: jeugd- graduaatsopleiding jaar 1 54 36 5   383     17    444",
        "    730394: lager zorgkundige opvoeder Opvoeder 58 14   40     9",
        "    - deel 2",
        "    847985: Hoger educ - tweede jaar 687   37    22     37           11",
        "",
        "    875226: gehandicaptenzorg lerarenopleiding 35 41 38        25     8",
        "    algemene",
        "    Totaal                         786    304    176   535    105    555",
    ]) + "\n"
    # (pdfplumber pads every line to the page's width: the text's form, as the extractor gives it)
    text = "\n".join(line.ljust(82) for line in text.split("\n"))
    answer = read_text(text, "layout.txt")
    assert {i.kind for i in answer.issues} == {"ambiguous-alignment"}
    assert "125899" not in {i.code for i in answer.issues}
    cells = _cells(answer)
    label = "bachelor - tweede jaar educ algemene 2 - 3"
    years = ("2018", "2019", "2020", "2021", "2022", "2023")
    assert [cells.get(("125899", p)) for p in years] == [(label, v) for v in (5, 48, 48, 38, 19, 62)]


def test_a_count_after_a_hyphen_on_the_code_line_is_weighed_against_the_one_below():
    """pypdf ``extract_text()`` of counts set at the bottom of their rows (each alone on its
    line, ``1.734``, ``60``): ``407341: … 3de jaar - 1`` / ``jeugd- 61`` — the 1 and the 61 each
    follow a hyphen, so which is the count no line's style proves. Read as the totals say: 61
    and 45, the label ``… jaar - 1 jeugd-`` (before: 1 and 1, the labels ending in ``jeugd- 61``
    and ``jeugd- 45``, silently — against both blocks' totals)."""
    text = "\n".join([
        "1. Hieronder vindt u de gevraagde gegevens voor 2017. De cijfers geven het aantal geslaagde cursisten "
        "weer van januari 2017 tot en",
        "met oktober 2017. De cijfers hieronder geven het aantal unieke cursisten per opleiding en per provincie weer.",
        "Provincie Opleiding Aantal",
        "West-Vlaanderen",
        "043902: Se-n-se verpleegkunde individueel",
        "traject - modules 1- 4 orthopedagogie",
        "orthopedagogie Graduaat",
        "1.734",
        "069224: Opvoeder knelpuntvakken",
        "gehandicaptenzorg Specifieke",
        "leefgroepenwerking",
        "60",
        "407341: algemene secundair - 3de jaar - 1",
        "jeugd- 61",
        "981303: traject 2 - 3 onderwijs: onderwijs: -1ste",
        "jaar Tweedekansonderwijs met 32",
        "Totaal West-Vlaanderen 1.878",
        "Vlaams-Brabant",
        "043902: Se-n-se verpleegkunde individueel",
        "traject - modules 1- 4 orthopedagogie",
        "orthopedagogie Graduaat",
        "58",
        "069224: Opvoeder knelpuntvakken",
        "gehandicaptenzorg Specifieke",
        "leefgroepenwerking",
        "870",
        "407341: algemene secundair - 3de jaar - 1",
        "jeugd- 45",
        "981303: traject 2 - 3 onderwijs: onderwijs: -1ste",
        "jaar Tweedekansonderwijs met 2",
        "Totaal Vlaams-Brabant 963",
        "Eindtotaal 2.841",
    ])
    answer = read_text(text, "pypdf.txt")
    assert answer.issues == []
    counts = {(c.code, c.province): (c.label, c.count) for t in answer.tables for c in t.cells}
    label = "algemene secundair - 3de jaar - 1 jeugd-"
    assert counts["407341", "West-Vlaanderen"] == (label, 61)
    assert counts["407341", "Vlaams-Brabant"] == (label, 45)


def test_a_labels_digit_alone_below_the_line_of_its_words_and_figures_ends_the_label():
    """pdfplumber ``extract_text()``: ``678304: … kinderzorg module 32 10 52 34`` / ``5`` — the
    row's four figures fill its four periods, and the digit alone below them follows the
    label's counting word before them: the label's ``module 5`` (before: a ``stray-number``, the
    label cut short)."""
    text = "\n".join([
        "2. Hieronder vindt u een overzicht van het aantal werkzoekenden dat de afgelopen jaren een diploma behaalde.",
        "Unieke cursisten met uitgevoerde, 2019 2020 2021 2022*",
        "geslaagde, OKOT'(s)",
        "501136: Specifieke master en Opvoeder 48 19 14",
        "apotheekassistent",
        "678304: Se-n-se - 1ste jaar kinderzorg module 32 10 52 34",
        "5",
        "Totaal 80 29 66 34",
        "*Voor het jaar 2022 zijn enkel cijfers opgenomen van de eerste jaarhelft.",
    ])
    answer = read_text(text, "single.txt")
    assert {i.kind for i in answer.issues} <= {"ambiguous-alignment"}
    assert "678304" not in {i.code for i in answer.issues}
    cells = _cells(answer)
    label = "Se-n-se - 1ste jaar kinderzorg module 5"
    assert [cells.get(("678304", p)) for p in ("2019", "2020", "2021", "2022")] == [
        (label, 32), (label, 10), (label, 52), (label, 34)]



def test_a_one_digit_figure_alone_below_a_label_ending_in_a_counting_word_proves_no_digit_below_it():
    """pypdf ``extract_text()``: ``… kleuteronderwijs jaar`` / ``1`` / ``9`` — either digit may
    be the label's (``jaar 1`` counting 9, or ``jaar 9`` counting 1), so the second is no proven
    end of the label; the block's total (46 = 9 + 37) says which (before: the row read as
    ``… jaar 9`` counting 1, and the correct total said to be wrong by 8)."""
    text = "\n".join([
        "1. Hieronder vindt u de gevraagde gegevens voor 2021. De cijfers geven het aantal gestarte cursisten weer.",
        "Provincie Opleiding Aantal",
        "Antwerpen",
        "292645: tandartsassistent",
        "verkort apotheekassistent",
        "verkort kleuteronderwijs jaar",
        "1",
        "9",
        "629580: bijkomende sec",
        "onderwijs leefgroepenwerking",
        "vakbevoegdheid",
        "37",
        "Totaal Antwerpen 46",
        "Vlaams-Brabant",
        "292645: tandartsassistent",
        "verkort apotheekassistent",
        "verkort kleuteronderwijs jaar",
        "1",
        "73",
        "Totaal Vlaams-Brabant 73",
        "Eindtotaal 119",
    ])
    answer = read_text(text, "pypdf.txt")
    label = "tandartsassistent verkort apotheekassistent verkort kleuteronderwijs jaar 1"
    cells = {(c.code, c.province): (c.label, c.count) for t in answer.tables for c in t.cells}
    assert cells.get(("292645", "Antwerpen")) == (label, 9)
    assert cells.get(("292645", "Vlaams-Brabant")) == (label, 73)
    assert not [f.message for f in audit(answer).findings if f.severity == "error"]


#: ``pdftotext -layout`` of a table whose first page leaves its 2022 column blank in every row;
#: on the next page (no header repeated) its total fills all five columns.
OWN_BLANK_COLUMN_PAGES = "\n".join([
    'Vlaams Parlement - Schriftelijke vragen en antwoorden',
    '',
    '',
    '3. Hieronder vindt u een overzicht van het aantal werkzoekenden dat een opleiding heeft stopgezet.',
    '',
    'Unieke cursisten met stopgezette en                     2019           2020     2021        2022        2023',
    "uitgevoerde maar niet geslaagde OKOT'(s)",
    '',
    '375708: knelpuntvakken - tweede jaar Hoger               259             33       27',
    'jaar 1 master kinderzorg apotheekassistent',
    '',
    '498467: met - 2de jaar master - 1                         59             30                    36',
    '',
    '554666: onderwijs Professionele voor                      25             33       19           38',
    '',
    '690204: vorming module 5 master individueel               42             52                    21',
    'traject - modules 1- 4 bijkomende -en',
    '',
    '',
    '',
    '                                                                 1/2',
    '\x0cVlaams Parlement - Schriftelijke vragen en antwoorden',
    '',
    '',
    '790649: vorming verkort voor individueel traject                    31    37    27   24',
    '- module 5 Professionele educ - verkort traject -',
    '2de jaar onderwijs',
    '',
    'Totaal                                                  365         178   71   107   24',
    '',
    '',
    '',
    '',
    '                                                              2/2',
    '',
])


def test_a_later_page_whose_total_fills_every_column_is_placed_by_it():
    """The second page's ``Totaal 365 178 71 107 24`` fills the five periods the header names, in
    order: its columns are the table's, so ``790649`` (31 37 27 24, right-aligned under the last
    four) reads 2020 to 2023."""
    answer = read_text(OWN_BLANK_COLUMN_PAGES, "layout.txt")
    assert answer.issues == []
    cells = {(c.code, c.period): c.count for t in answer.tables for c in t.cells}
    assert [cells.get(("790649", p)) for p in ("2019", "2020", "2021", "2022", "2023")] == [None, 31, 37, 27, 24]


#: pdfplumber ``extract_text(layout=True)``: a label wrapped around its row's figures ends in a
#: line with a capital and a number of its own (``Opvoeder - deel 2``), the table's last row.
CAPITAL_REST = "\n".join(line.ljust(82) for line in [
    "    Unieke cursisten met gestarte OKOT'(s) 2021 2022 2023*",
    '    007847: traject vorming modules 1- 4 - 1 ste',
    '                                    26     30    13',
    '    jaar Professionele',
    '    312325: lager onderwijs opvoeder',
    '    beroepsonderwijs vakbevoegdheid        17    37',
    '    beroepsonderwijs',
    '    501739: Se-n-se secundair Opvoeder',
    '                                    26     2',
    '    opvoeder - 3de jaar onderwijs:',
    '    783986: educ vorming Se-n-se Educatieve',
    '    leefgroepenwerking - verkort traject - 2de jaar 53 27 14',
    '    Opvoeder - deel 2',
    '    Totaal                          91     76    56',
    '    *Voor het jaar 2023 zijn enkel cijfers opgenomen van de eerste jaarhelft.',
])


def test_a_capitalised_label_end_below_the_figures_never_leaves_the_row_above_a_short_label():
    """``783986: … Educatieve`` / ``… 2de jaar 53 27 14`` / ``Opvoeder - deel 2``: the last line
    is the label's end (``… deel 2``) or a row whose code was lost (counting 2). Either way the
    row above may not be read with its label cut short: read whole, or said."""
    answer = read_text(CAPITAL_REST, "layout.txt")
    labels = {c.label for t in answer.tables for c in t.cells if c.code == "783986"}
    said = {i.code for i in answer.issues if i.kind == "ambiguous-alignment"}
    assert labels <= {"educ vorming Se-n-se Educatieve leefgroepenwerking - verkort traject - 2de jaar Opvoeder - deel 2"}
    assert labels or "783986" in said
