"""Laid-out province blocks whose programme names wrap, with no space between rows: the figures
beside a name's last line or on its middle line (rounded to a whole line), the province on a
row's own line (beside its name, or one space from it in one cell), on a line of its own inside
the block, and a subtotal closing each block. Each row's name, province and figures were read
wrongly without a word (found by the generator's laid-out form, ``pdftotext -layout`` style)."""

from __future__ import annotations

from okot_audit import read_text

HEAD = (
    "ANTWOORD\nop vraag nr. 1 van 1 januari 2016\n\n"
    "1. Hieronder vindt u het aantal geslaagde unieke cursisten per opleiding.\n\n"
)


def _rows(table: str):
    answer = read_text(HEAD + table, "generated.txt")
    assert answer.issues == []
    first = {t.id: t.periods[0].label for t in answer.tables}
    return [(c.level, c.province, c.label, c.count) for t in answer.tables for c in t.cells
            if c.period == first[t.id]]


def test_rows_after_a_subtotal_and_a_province_alone_inside_its_block_keep_their_names_and_province():
    """Figures beside a name's last line: the line below ``Totaal Antwerpen`` is the next row's
    first (it was glued to the subtotal, whose province was lost with its row's), and
    ``Brussel`` alone between two rows is the block's, no part of a name."""
    table = """\
Provincie            Opleiding                                            2017   2018

Limburg              Graduaat apotheekassistent - 1                         43     48
                     Tweedekansonderwijs educ zorgkundige zorgkundige       73     60
Totaal Limburg                                                             116    108
Antwerpen            Graduaat apotheekassistent - 1                          7    558
Totaal Antwerpen                                                             7    558
                     Tweedekansonderwijs algemene - 1 ste jaar sec
                     bachelor                                               15     47
Brussel
                     Graduaat apotheekassistent - 1                         41     25
Totaal Brussel                                                              56     72
Eindtotaal                                                                 179    738
"""
    assert _rows(table) == [
        ("row", "Limburg", "Graduaat apotheekassistent - 1", 43),
        ("row", "Limburg", "Tweedekansonderwijs educ zorgkundige zorgkundige", 73),
        ("subtotal", "Limburg", "Totaal Limburg", 116),
        ("row", "Antwerpen", "Graduaat apotheekassistent - 1", 7),
        ("subtotal", "Antwerpen", "Totaal Antwerpen", 7),
        ("row", "Brussel", "Tweedekansonderwijs algemene - 1 ste jaar sec bachelor", 15),
        ("row", "Brussel", "Graduaat apotheekassistent - 1", 41),
        ("subtotal", "Brussel", "Totaal Brussel", 56),
        ("total", None, "Eindtotaal", 179),
    ]


def test_a_subtotal_wider_than_the_province_column_still_closes_its_block():
    """``Totaal Oost-Vlaanderen`` runs into the names' column: still a row of one line, so the
    names above and below it are told apart by where their figures stand."""
    table = """\
Provincie         Opleiding                                           2022     2023     Totaal

Oost-Vlaanderen   Professionele verpleegkunde jaar 1 bijkomende         69       903        972
                  Graduaat verpleegkunde graduaatsopleiding
                  lerarenopleiding (SLO) verpleegkunde                  11        68         79
Totaal Oost-Vlaanderen                                                  80       971       1051
                  Professionele verpleegkunde jaar 1 bijkomende         33        36         69
Brussel
                  Graduaat verpleegkunde graduaatsopleiding
                  lerarenopleiding (SLO) verpleegkunde                  68        11         79
Totaal Brussel                                                         101        47        148
Eindtotaal                                                             181      1018       1199
"""
    assert [r for r in _rows(table) if r[0] == "row"] == [
        ("row", "Oost-Vlaanderen", "Professionele verpleegkunde jaar 1 bijkomende", 69),
        ("row", "Oost-Vlaanderen", "Graduaat verpleegkunde graduaatsopleiding lerarenopleiding (SLO) verpleegkunde", 11),
        ("row", "Brussel", "Professionele verpleegkunde jaar 1 bijkomende", 33),
        ("row", "Brussel", "Graduaat verpleegkunde graduaatsopleiding lerarenopleiding (SLO) verpleegkunde", 68),
    ]


def test_figures_on_a_names_middle_line_rounded_up_under_month_headers():
    """The figures on the upper of a name's two middle lines (one line more below them than
    above), the periods months: the names were cut in the wrong places, silently."""
    table = """\
Provincie          Opleiding                    september 2023    oktober 2023

Antwerpen          Se-n-se voor zorgkundige                 23               37
                   master
Totaal Antwerpen                                            23               37
                   Verkorte algemene sec
                   lerarenopleiding                         25              36
                   individueel traject -
                   module 5
Limburg
                   Verkorte vakbevoegdheid                  15              54
                   verkort orthopedagogie
                   Educatieve algemene
                   gehandicaptenzorg module                  9              48
                   5 verkort
Totaal Limburg                                              49             138
Eindtotaal                                                  72             175
"""
    assert [r[2] for r in _rows(table) if r[0] == "row"] == [
        "Se-n-se voor zorgkundige master",
        "Verkorte algemene sec lerarenopleiding individueel traject - module 5",
        "Verkorte vakbevoegdheid verkort orthopedagogie",
        "Educatieve algemene gehandicaptenzorg module 5 verkort",
    ]
    assert [r[1] for r in _rows(table) if r[0] == "row"] == ["Antwerpen", "Limburg", "Limburg", "Limburg"]


def test_a_province_one_space_from_a_wrapped_name_is_no_part_of_it():
    """``Oost-Vlaanderen tandartsassistent …``: a province column as wide as the name, one space
    between them, the figures beside the name's last line and months over the years in the
    header: the province was read into the name (``onderwijs: Oost-Vlaanderen tandartsassistent``)."""
    table = """\
                                                     april    mei   juni
Provincie       Opleiding                             2022   2022   2022

                186570: onderwijs:
Oost-Vlaanderen tandartsassistent beroepsonderwijs      42            42
Totaal Oost-Vlaanderen                                  42            42
                186570: onderwijs:
Vlaams-Brabant  tandartsassistent beroepsonderwijs      55     54     45
Totaal Vlaams-Brabant                                   55     54     45
Eindtotaal                                              97     54     87
"""
    answer = read_text(HEAD + table, "generated.txt")
    assert answer.issues == []
    assert sorted({(c.province, c.code, c.label) for t in answer.tables for c in t.cells if c.level == "row"}) == [
        ("Oost-Vlaanderen", "186570", "onderwijs: tandartsassistent beroepsonderwijs"),
        ("Vlaams-Brabant", "186570", "onderwijs: tandartsassistent beroepsonderwijs"),
    ]


def test_a_province_one_space_from_a_middle_line_of_a_wrapped_name_is_no_part_of_it():
    """The same with the figures centred on a name of five lines, rows apart."""
    table = """\
Provincie       Opleiding                   2020-2021   2021-2022

                327323: verpleegkunde
                opvoeder - verkort
West-Vlaanderen traject - 2de jaar en              43           7
                onderwijs: niveau 5
                verpleegkunde algemene

                571131: bachelor lager
                kleuteronderwijs jaar 1            47          54
                zorgkundige

Totaal West-Vlaanderen                             90          61

Eindtotaal                                         90          61
"""
    assert [r[1:3] for r in _rows(table) if r[0] == "row"] == [
        ("West-Vlaanderen", "verpleegkunde opvoeder - verkort traject - 2de jaar en onderwijs: niveau 5 verpleegkunde algemene"),
        ("West-Vlaanderen", "bachelor lager kleuteronderwijs jaar 1 zorgkundige"),
    ]


# ---------------------------------------------------------------------------------------------
# Every laid-out style of province blocks (rows apart or not, figures at a name's top, middle
# or bottom, pages breaking with or without the header again): read exactly, or said unread.

import sys  # noqa: E402
from dataclasses import replace  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

sys.path.insert(0, str(Path(__file__).parent))

from generate.choices import Plan, RandomChooser  # noqa: E402
from generate.laid import draw_laid_style, render_laid  # noqa: E402
from generate.model import KINDS20, draw_answer  # noqa: E402
from test_shapes_forms import assert_exact, assert_no_total_error  # noqa: E402

#: A seed read wrong without a word on the middle23 branch alone (held by its own test below).
STILL_SILENT = (869,)


def laid_answers(seeds, keep):
    """Each seed's generated answer (KINDS20) whose tables `keep` takes, laid out in its own
    style (prose not justified): (seed, model, laid, style)."""
    for seed in seeds:
        chooser = RandomChooser(seed)
        model = draw_answer(chooser, kinds=KINDS20)
        if not keep(model.tables):
            continue
        style = replace(draw_laid_style(chooser), justify=False)
        yield seed, model, render_laid(model, Plan(chooser), style), style


def _province_answers(seeds):
    return laid_answers(seeds, lambda tables: all(t.shape.blocks == "province" for t in tables))


def _exact_or_said(model, laid) -> None:
    answer = read_text(laid.text, "generated.txt")
    if any(i.kind == "unreadable-table" for i in answer.issues):
        assert_no_total_error(answer)  # (the rows it could not tell apart, said)
        return
    assert_exact(answer, model, lambda t, c: laid.lines[c.anchor], lambda c: c.line)


def test_laid_out_province_blocks_in_every_style_read_exactly_or_say_which_rows_they_could_not():
    """Before: 18 of the 268 province-block answers among the first 1,500 seeds were read wrong
    (14 of them without a word: names cut in the wrong places, a province lost or read into a
    name); now 6, five of them ``rows-unclear`` (names whose lines two placements split
    differently, each begun with a capital)."""
    wrong = []
    for seed, model, laid, style in _province_answers(s for s in range(1500) if s not in STILL_SILENT):
        try:
            _exact_or_said(model, laid)
        except AssertionError as error:
            wrong.append((seed, style.v_align, style.row_gap, str(error)[:120]))
    assert wrong == []


def test_a_laid_out_province_block_still_read_wrong_without_a_word():
    """Seed 869: rows apart, figures on a name's middle line, the province one space before it
    (``Oost-Vlaanderen lerarenopleiding voor …``). On the middle23 branch alone the run stopped at
    the blank line after the first row and parse/regions.py read the province into the name (a
    strict xfail there); merged with main (whose laid-out reading changed this session too:
    rows23, layout23) the block reads exactly, as every block of the sweep must."""
    for _, model, laid, _ in _province_answers(STILL_SILENT):
        _exact_or_said(model, laid)


# ---------------------------------------------------------------------------------------------
# What stays as it was: tables with no blocks' column (found by test_read_pdf's random run).

from generate.pdf import Document, PdfRow, PdfStyle, PdfTable, write_pdf  # noqa: E402
from okot_audit.read.pdf import read_pdf  # noqa: E402
from test_read_pdf import assert_rows_under_their_periods  # noqa: E402


def test_a_header_whose_first_cell_wraps_over_its_periods_line_stays_one_header():
    """No province column: the header's first cell wraps two lines above its periods' line and
    two below (``Unieke cursisten met`` / ``stopgezette en uitgevoerde`` / ``2019  2020`` /
    ``maar niet geslaagde`` / ``OKOT'(s)``). Before, the periods' middle rounded to a line read
    the lower four as a row of their own: the header's first line was cut off it."""
    table = PdfTable("Unieke cursisten met stopgezette en uitgevoerde maar niet geslaagde OKOT'(s)", ["2019", "2020"], [
        PdfRow("032911: leefgroepenwerking niveau 5 modules 1- 4", [11, 10]),
        PdfRow("121001: graduaatsopleiding lerarenopleiding individueel algemene verkort - 1", [37, 1]),
        PdfRow("Totaal", [48, 11], "total"),
    ])
    document = Document(["1. Hieronder vindt u het aantal werkzoekenden dat een opleiding heeft stopgezet.", table])
    style = PdfStyle(ruled=False, v_align="MIDDLE", label_width=45.0, running_header=None, page_numbers=None)
    source = read_pdf(write_pdf(document, style), "generated.pdf")
    assert any(line.strip().startswith("Unieke cursisten met stopgezette") for line in source.lines), source.lines
    assert_rows_under_their_periods(source, document)
