"""Laid-out tables whose rows touch (no blank line between them) with the figures beside a
name's last line or on its middle line (rounded to a whole line): the print of a ruled table,
which the generator's laid-out properties did not cover before (``readable()`` set every such
row apart; see tests/test_generated_shapes20.py). Each a failing example of the sweep below,
read wrongly without a word (read/pdf_wrapped.py)."""

from __future__ import annotations

from dataclasses import replace

from generate.choices import Plan, RandomChooser
from generate.laid import draw_laid_style, render_laid
from generate.model import KINDS20, draw_answer
from okot_audit import read_text
from test_shapes_forms import assert_exact, assert_no_total_error

HEAD = (
    "ANTWOORD\nop vraag nr. 1 van 1 januari 2016\n\n"
    "1. Hieronder vindt u het aantal geslaagde unieke cursisten per opleiding.\n\n"
)


def _rows(table: str):
    answer = read_text(HEAD + table, "generated.txt")
    assert answer.issues == []
    first = {t.id: t.periods[0].label for t in answer.tables}
    return [(c.province, c.label, c.count) for t in answer.tables for c in t.cells
            if c.period == first[t.id] and c.level == "row"]


def test_a_name_wrapped_before_a_dash_glued_to_an_ordinal_goes_on_with_it():
    """Seed 2140: ``Graduaat lerarenopleiding`` / ``-1ste jaar individueel  43 …`` /
    ``graduaatsopleiding bijkomende``, the figures on the name's middle line. ``-1ste`` was
    taken for a name's first word (no space after its dash), every row read with its figures on
    its first line: ``Graduaat lerarenopleiding`` joined to the row above, ``-1ste jaar …`` a row
    of its own, silently (the totals held)."""
    table = """\
Opleiding                      2019  2020   2021  Totaal

Se-n-se voor - 2e jaar           65    16     22     103
Se-n-se voor en                        43  1.680   1.723
orthopedagogie
Graduaat lerarenopleiding
-1ste jaar individueel           43    79     24     131
graduaatsopleiding bijkomende
Totaal inschrijvingen           108   138  1.726   1.972
Totaal unieke cursisten          95   120  1.726   1.908
"""
    assert _rows(table) == [
        (None, "Se-n-se voor - 2e jaar", 65),
        (None, "Graduaat lerarenopleiding -1ste jaar individueel graduaatsopleiding bijkomende", 43),
    ]
    answer = read_text(HEAD + table, "generated.txt")
    assert [(c.label, c.count) for c in answer.tables[0].cells if c.period == "2020" and c.level == "row"][1] == (
        "Se-n-se voor en orthopedagogie", 43)


def test_a_line_begun_with_a_dash_is_no_rows_first_when_middles_are_rounded():
    """Seed 759: figures on a name's middle line, rounded to a whole line; ``- tweede jaar``
    begins no row. Before, the readings that began rows at such lines filled the two kept, the
    one that reads every name whole was lost, and the rows were read with their figures on their
    first lines: ``Professionele traject`` joined to the row above, silently."""
    table = """\
Opleiding                   2021-2022*  Totaal

Specifieke knelpuntvakken
onderwijs individueel                5       5
graduaatsopleiding
Professionele traject
lager knelpuntvakken                34      34
beroepsonderwijs modules
1- 4
Opvoeder jeugd- fase 1- 2           20      20
tandartsassistent
Se-n-se tandartsassistent
- tweede jaar
leefgroepenwerking                  46      46
bijkomende
gehandicaptenzorg
Tweedekansonderwijs                 19      19
orthopedagogie - 1
Totaal inschrijvingen              124     124
Totaal unieke cursisten            124     124

*Voor het jaar 2021-2022 zijn enkel cijfers opgenomen van de eerste jaarhelft.
"""
    assert [(label, count) for _, label, count in _rows(table)] == [
        ("Specifieke knelpuntvakken onderwijs individueel graduaatsopleiding", 5),
        ("Professionele traject lager knelpuntvakken beroepsonderwijs modules 1- 4", 34),
        ("Opvoeder jeugd- fase 1- 2 tandartsassistent", 20),
        ("Se-n-se tandartsassistent - tweede jaar leefgroepenwerking bijkomende gehandicaptenzorg", 46),
        ("Tweedekansonderwijs orthopedagogie - 1", 19),
    ]


def test_a_page_begun_with_a_subtotal_then_a_province_beside_its_first_row_keeps_the_names_column():
    """Seed 178: a page that goes on with a table begun before, its first line ``Totaal
    West-Vlaanderen``, the next ``Brussel  Graduaat …  50``: the names' column was not found
    (only a province alone on its line was looked past there), the page's rows read with their
    figures on their first lines: ``Graduaat …`` joined to the name below, ``1- 4`` a row of
    its own, silently."""
    table = """\
Provincie            Opleiding                                            2018  2019

West-Vlaanderen      Tweedekansonderwijs onderwijs - 2e jaar                39    61
                     Se-n-se bijkomende                                     12    20

                                        1
\fVlaams Parlement - Schriftelijke vragen en antwoorden

Provincie            Opleiding                                            2018  2019

Totaal West-Vlaanderen                                                      51    81
Brussel              Graduaat graduaatsopleiding lager                      50    82
                     Specifieke bachelor individueel traject - modules
                     1- 4                                                   26    60
                     Opvoeder beroepsonderwijs kinderzorg                   10    45
Totaal Brussel                                                              86   187
Eindtotaal                                                                 137   268
"""
    assert _rows(table) == [
        ("West-Vlaanderen", "Tweedekansonderwijs onderwijs - 2e jaar", 39),
        ("West-Vlaanderen", "Se-n-se bijkomende", 12),
        ("Brussel", "Graduaat graduaatsopleiding lager", 50),
        ("Brussel", "Specifieke bachelor individueel traject - modules 1- 4", 26),
        ("Brussel", "Opvoeder beroepsonderwijs kinderzorg", 10),
    ]
