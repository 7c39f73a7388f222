"""Generated answers read wrong without a word under seeds no earlier run saw (session 26: the
generators of tests/generate/ swept over the seeds 5000 on, in every form): each one found, as
the exact text its extractor gave, read back exactly."""

from __future__ import annotations

import pytest

from okot_audit import audit, read_text

# pdfplumber's text of a PDF (``programme_nested``, seed 5006 of the sweep: ``RandomChooser(
# "programme_nested-5006")``, kinds ``(kind, kind, kind, *NEWER_KINDS)``) whose header cell
# ``Unieke cursisten met gestarte OKOT'(s)`` stands centred beside month labels of two lines
# (``oktober`` over ``2019``): pdfplumber prints the month names, then the header's words, then
# the years. The years, ``2019 2019*``, repeat one label, and the header's last two words were
# taken for the names of two columns under one period (``gestarte`` and ``OKOT'(s)``): two
# tables of 2019 — one of them of a measure nobody named, both partial — where the answer prints
# one table of October and November 2019, and no finding said so.
MONTHS_BESIDE_THE_HEADER = "\n".join([
    "Onderwijskwalificerende opleidingstrajecten (OKOT's) - Onderwijssector",
    "ANTWOORD",
    "op vraag nr. 333 van 8 mei 2022",
    "1. Hieronder vindt u een overzicht van het aantal gestarte unieke cursisten in de verschillende opleidingen.",
    "oktober november",
    "Unieke cursisten met gestarte OKOT'(s)",
    "2019 2019*",
    "061930: kinderzorg - tweede jaar modules 1- 4",
    "11 11",
    "verkort",
    "Subtotaal 11 11",
    "780159: zorgkundige Se-n-se 61 10",
    "Totaal 61 16",
    "*Voor het jaar november 2019 zijn enkel cijfers opgenomen van de eerste jaarhelft.",
    "",
])


def _cells(answer) -> list[tuple]:
    return [(t.measure, c.level, c.code, c.period, c.count) for t in answer.tables for c in t.cells]


def test_month_names_above_the_headers_words_over_one_year_repeated_are_the_columns_months() -> None:
    answer = read_text(MONTHS_BESIDE_THE_HEADER, "g.txt")
    assert answer.issues == []
    assert [[(p.label, p.partial) for p in t.periods] for t in answer.tables] == [
        [("2019-10", False), ("2019-11", True)]]
    assert _cells(answer) == [
        ("started", "row", "061930", "2019-10", 11), ("started", "row", "061930", "2019-11", 11),
        ("started", "subtotal", None, "2019-10", 11), ("started", "subtotal", None, "2019-11", 11),
        ("started", "row", "780159", "2019-10", 61), ("started", "row", "780159", "2019-11", 10),
        ("started", "total", None, "2019-10", 61), ("started", "total", None, "2019-11", 16),
    ]
    assert not [f for f in audit(answer).findings if f.severity == "error"]


# pdfplumber's text of a table of age classes on its side (``category_turned``, seed 5019:
# ``RandomChooser("category_turned-5019")``, kinds ``(kind, kind, kind, *KINDS18)``): the cell
# ``25-54 jaar`` wrapped, its ``jaar`` on a line of its own below the header's first line, and
# one period's line. ``25-54`` names an age class alone, so ``jaar`` was joined to the first
# word it made a name with (``-25``, whose ``jaar`` follows it): no header; and one line of
# figures alone was no run worth a word — the table, all four figures, gone without a finding.
AGES_ON_THEIR_SIDE = "\n".join([
    "Onderwijskwalificerende opleidingstrajecten (OKOT's) - Zorgsector",
    "ANTWOORD",
    "op vraag nr. 48 van 23 mei 2018",
    "1. Hieronder vindt u het aantal geslaagde unieke cursisten naar leeftijd. De cijfers voor 2018 zijn voorlopig.",
    "Jaar -25 jaar 25-54 55+ jaar Totaal",
    "jaar",
    "2018 376 33 35 444",
    "2. Hieronder vindt u het aantal stopgezette unieke cursisten per opleiding.",
    "Opleiding 2017 2018 2019 2020*",
    "Totaal 7 1.313 77 17",
    "*Voor het jaar 2020 zijn enkel cijfers opgenomen van de eerste jaarhelft.",
    "",
])


def test_a_wrapped_age_class_whose_first_word_names_a_class_alone_is_joined_where_the_header_reads() -> None:
    answer = read_text(AGES_ON_THEIR_SIDE, "g.txt")
    assert answer.issues == []
    table = answer.tables[0]
    assert (table.measure, table.layout.transposed, [(p.label, p.partial) for p in table.periods]) == (
        "graduated", True, [("2018", True)])
    assert [(c.level, c.label, c.count) for c in table.cells] == [
        ("row", "-25 jaar", 376), ("row", "25-54 jaar", 33), ("row", "55+ jaar", 35), ("total", "Totaal", 444)]
    assert not [f for f in audit(answer).findings if f.severity == "error"]


def test_one_line_of_figures_alone_that_no_table_took_is_an_unreadable_table() -> None:
    """Whatever its header: a line of three figures or more, not all years, is a row (its label a
    number: a period), never prose — reported where no table took it; a page's ``2 3`` is not."""
    text = AGES_ON_THEIR_SIDE.replace("Jaar -25 jaar 25-54 55+ jaar Totaal\njaar", "Jaar alfa beta gamma Totaal")
    answer = read_text(text, "g.txt")
    assert [(i.kind, i.reason, i.line, i.numbers) for i in answer.issues] == [
        ("unreadable-table", "table-like-lines", 6, (2018, 376, 33, 35, 444))]
    assert "unreadable-table" in {f.rule for f in audit(answer).findings if f.severity == "error"}
    assert read_text(text.replace("2018 376 33 35 444", "2 3"), "g.txt").issues == []


# pypdf's text (pdfplumber's is the same) of a table of codes in nested blocks (``code_nested``,
# seed 5040: ``RandomChooser("code_nested-5040")``, kinds ``(kind, kind, kind, *NEWER_KINDS)``)
# whose second programme's name holds figures (``knelpuntvakken 2 - 3``, a generated label) and
# wraps over four lines. ``2 - 3`` read as the row's figures (2, a blank mark, 3) and the name's
# last lines as a row without code (``Tweedekansonderwijs en zorgkundige 7 51 24``): both
# readings fit every total (597 + 2 + 7 >= 604 as well as 597 + 7 = 604, unique persons), and
# the reader took one without a word.
DIGITS_IN_A_WRAPPED_NAME = "\n".join([
    "Onderwijskwalificerende opleidingstrajecten (OKOT's) - Onderwijssector",
    "ANTWOORD",
    "op vraag nr. 334 van 2 maart 2018",
    "1. Hieronder vindt u een overzicht van het aantal werkzoekenden dat een opleiding heeft stopgezet.",
    "Unieke cursisten met",
    "stopgezette en uitgevoerde",
    "maar niet geslaagde",
    "OKOT'(s) 2015-2016 2016-2017 2017-2018",
    "338471: tandartsassistent -",
    "2de jaar knelpuntvakken",
    "beroepsonderwijs 597 55 57",
    "Subtotaal 597 55 57",
    "926877: Verkorte",
    "apotheekassistent",
    "knelpuntvakken 2 - 3",
    "Tweedekansonderwijs en",
    "zorgkundige 7 51 24",
    "Totaal 604 101 73",
    "",
])


def test_figures_inside_a_wrapped_name_that_two_readings_fit_are_read_right_or_said() -> None:
    answer = read_text(DIGITS_IN_A_WRAPPED_NAME, "g.txt")
    rows = [(c.code, c.period, c.count) for t in answer.tables for c in t.cells if c.level == "row"]
    right = [("338471", "2015-2016", 597), ("338471", "2016-2017", 55), ("338471", "2017-2018", 57),
             ("926877", "2015-2016", 7), ("926877", "2016-2017", 51), ("926877", "2017-2018", 24)]
    assert rows == right or any(f.severity == "error" for f in audit(answer).findings)


def test_a_row_of_as_many_cells_as_years_on_a_later_page_reads_in_order() -> None:
    """``programme_two_totals_column``, seed 5049, kinds ``(kind, kind, kind, *KINDS20)``: its
    PDF (its style drawn after the answer) as ``pdftotext -layout`` prints it."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    pytest.importorskip("fpdf", reason="needs fpdf2")
    from generate.choices import RandomChooser
    from generate.extract import available, extract
    from generate.model import KINDS20, draw_answer
    from generate.pdf import document_from_model, draw_style, write_pdf

    if not available("pdftotext-layout"):
        pytest.skip("pdftotext is not installed")
    kind = "programme_two_totals_column"
    chooser = RandomChooser(f"{kind}-5049")
    model = draw_answer(chooser, kinds=(kind, kind, kind, *KINDS20))
    from generate.choices import Plan
    from generate.render import render

    render(model, Plan(chooser), encodings=False)  # (the sweep printed the seeds' form first: the style comes after it)
    pdf = write_pdf(document_from_model(model), draw_style(chooser))
    answer = read_text(extract(pdf, "pdftotext-layout"), "g.txt")
    row = [(c.period, c.count) for t in answer.tables for c in t.cells
           if c.code == "897672" and c.province == "Antwerpen" and t.measure == "graduated"]
    assert row == [("2020", 11), ("2021", 7), ("2022", 21), ("2024", 45)]
    assert not [f for f in audit(answer).findings if f.severity == "error"]


# pdfplumber's text (pypdf's is the same) of a table of one column (``code_nested``, seed 5011:
# ``RandomChooser("code_nested-5011")``, kinds ``(kind, kind, kind, *NEWER_KINDS)``) over a page
# break, its header of four lines printed again on the next page. The header's first line
# (``Unieke cursisten met``) reads as the caption above it; printed again under a row whose name
# wraps, it was taken for another table's caption: two tables, the block's ``Subtotaal 80`` over
# the one row after the break (23) — a false ``total-exceeds-parts`` error.
HEADER_AGAIN_UNDER_A_WRAPPED_ROW = "\n".join([
    "Onderwijskwalificerende opleidingstrajecten (OKOT's) - Onderwijssector",
    "ANTWOORD",
    "op vraag nr. 48 van 23 mei 2018",
    "3. Hieronder vindt u de gevraagde gegevens voor 2019. De cijfers geven het aantal stopgezette cursisten weer "
    "voor het volledige jaar",
    "2019.",
    "Unieke cursisten met",
    "stopgezette en uitgevoerde",
    "maar niet geslaagde",
    "OKOT'(s) Aantal",
    "026122: bachelor Specifieke",
    "-1ste jaar onderwijs:",
    "opvoeder kinderzorg 12",
    "319830: Opvoeder",
    "bijkomende en master",
    "algemene 6",
    "652881: zorgkundige -",
    "tweede jaar - 3de jaar",
    "Tweedekansonderwijs 39\fVlaams Parlement - Schriftelijke vragen en antwoorden",
    "Unieke cursisten met",
    "stopgezette en uitgevoerde",
    "maar niet geslaagde",
    "OKOT'(s) Aantal",
    "766107: leefgroepenwerking",
    "Se-n-se opvoeder 23",
    "Subtotaal 80",
    "935826: zorgkundige - 1ste",
    "jaar -1ste jaar Professionele",
    "gehandicaptenzorg 51",
    "Totaal 128",
    "",
])


def test_a_header_printed_again_with_the_line_above_it_under_a_wrapped_row_goes_on_with_the_table() -> None:
    answer = read_text(HEADER_AGAIN_UNDER_A_WRAPPED_ROW, "g.txt")
    assert answer.issues == []
    assert [(t.measure, [p.label for p in t.periods]) for t in answer.tables] == [("stopped_or_failed", ["2019"])]
    assert [(c.level, c.code, c.count) for c in answer.tables[0].cells] == [
        ("row", "026122", 12), ("row", "319830", 6), ("row", "652881", 39), ("row", "766107", 23),
        ("subtotal", None, 80), ("row", "935826", 51), ("total", None, 128)]
    assert not [f for f in audit(answer).findings if f.severity == "error"]


# ``pdftotext -layout`` of a table of one month in sector blocks (``code_by_sector_marks``, seed
# 5042: ``RandomChooser("code_by_sector_marks-5042")``, kinds ``(kind, kind, kind, *KINDS18)``)
# whose header prints ``juni 2022`` between the lines of its words (``Unieke cursisten met`` /
# ``juni 2022`` / ``gestarte OKOT'(s)``). ``gestarte`` and ``OKOT'(s)`` were taken for two columns'
# names under the month (one naming a measure, the other none: a table of what no word says):
# two tables, the one of ``gestarte`` empty, every figure in one whose measure is ``unknown`` —
# without a finding. What the persons took (``OKOT'(s)``, ``opleidingen``) names no column.
LAID_OUT_OBJECT_UNDER_ITS_PERIOD = "\n".join([
    'Vlaams Parlement - Schriftelijke vragen en antwoorden',
    '',
    '',
    "Onderwijskwalificerende opleidingstrajecten (OKOT's) - Onderwijssector",
    '1. Hieronder vindt u een overzicht van het aantal gestarte unieke cursisten in de verschillende opleidingen.',
    '',
    'Unieke cursisten met',
    '                                        juni 2022',
    "gestarte OKOT'(s)",
    '',
    'Zorg                                         x',
    '',
    '649019: vakbevoegdheid',
    'lager onderwijs: opvoeder                   24',
    'Hoger traject',
    '',
    'Totaal zorg                                 24',
    '',
    'Onderwijs                                    x',
    '',
    '649019: vakbevoegdheid',
    'lager onderwijs: opvoeder                   12',
    'Hoger traject',
    '',
    'Subtotaal onderwijs                         12',
    '',
    'Techniek                                     x',
    '',
    '649019: vakbevoegdheid',
    'lager onderwijs: opvoeder                   12',
    'Hoger traject',
    '',
    'Subtotaal techniek                          12',
    '',
    'Totaal                                      48',
    '',
    '2. Hieronder vindt u het aantal geslaagde unieke cursisten naar scholingsniveau.',
    "",
])


def test_what_the_persons_took_under_a_period_is_no_columns_name() -> None:
    answer = read_text(LAID_OUT_OBJECT_UNDER_ITS_PERIOD, "g.txt")
    # (the fixture is cut after item 2's opening words, its table not given: said so, at them)
    assert [(i.reason, i.line) for i in answer.issues] == [("table-announced", 37)]
    assert [(t.measure, [p.label for p in t.periods]) for t in answer.tables] == [("started", ["2022-06"])]
    assert [(c.level, c.block, c.count) for c in answer.tables[0].cells] == [
        ("row", "zorg", 24), ("subtotal", "zorg", 24), ("row", "onderwijs", 12), ("subtotal", "onderwijs", 12),
        ("row", "techniek", 12), ("subtotal", "techniek", 12), ("total", None, 48)]


def test_the_same_year_twice_under_a_header_whose_last_words_name_what_was_taken_is_said_unread() -> None:
    """``Unieke cursisten met gestarte OKOT'(s)`` over ``2019 2019*`` (no month names above): no
    two columns' names, so the year printed twice says nothing of which figure is whose."""
    text = MONTHS_BESIDE_THE_HEADER.replace("oktober november\n", "")
    answer = read_text(text, "g.txt")
    assert [t.id for t in answer.tables] == []
    assert [(i.kind, i.reason) for i in answer.issues] == [("unreadable-table", "periods-repeated")]


def _generated_text(kind: str, seed: int, kinds: tuple[str, ...], extractor: str) -> str:
    """The text `extractor` takes out of the PDF of the sweep's answer `kind`-`seed`: drawn as the
    sweep drew it (the answer, the seeds' form, then the PDF's style)."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    pytest.importorskip("fpdf", reason="needs fpdf2")
    from generate.choices import Plan, RandomChooser
    from generate.extract import available, extract
    from generate.model import draw_answer
    from generate.pdf import document_from_model, draw_style, write_pdf
    from generate.render import render

    if not available(extractor):
        pytest.skip(f"{extractor} is not installed")
    chooser = RandomChooser(f"{kind}-{seed}")
    model = draw_answer(chooser, kinds=(kind, kind, kind, *kinds))
    render(model, Plan(chooser), encodings=False)
    return extract(write_pdf(document_from_model(model), draw_style(chooser)), extractor)


def test_a_codes_name_read_in_one_block_settles_its_digits_in_another() -> None:
    """``category``, seed 5045, kinds ``(kind, kind, kind, *KINDS)``, pypdf's text: in West-Vlaanderen's
    block the name of 458542 (``traject - modules 1- 4`` / ``bachelor master niveau 5`` / ``6``) was
    read with 4 for its count and ``6`` among its words; a lone number below a name's line that
    already ends in the name's number (``niveau 5``) is the row's count."""
    from generate.model import KINDS

    answer = read_text(_generated_text("category", 5045, KINDS, "pypdf"), "g.txt")
    rows = [(c.province, c.count) for t in answer.tables for c in t.cells if c.code == "458542"]
    assert rows == [("Oost-Vlaanderen", 20), ("West-Vlaanderen", 6)]
