"""Generated answers read wrong, or refused, under seeds no earlier run saw (session 32: the
generated-shape properties of ``tests/test_generated_shapes*.py``,
``tests/test_newer_shapes_property.py``, ``tests/test_prop2*.py`` and ``tests/test_account31.py``
at ``--hypothesis-seed`` 6041 and on, under the dev profile, and the two left by session 31):
each one found, as the exact text the generator printed or cut to its table."""

from __future__ import annotations

from pathlib import Path

import pytest

from okot_audit import audit, read_text


def _cells(answer) -> list[tuple]:
    return [(c.level, c.label, c.period, {p.label: p.partial for p in t.periods}[c.period], c.count, c.line)
            for t in answer.tables for c in t.cells]


# The seeds' form of a generated answer (``test_generated_shapes18.py``
# ``::test_the_seeds_form_reads_back_exactly[programme_marks]``, seed 6040, left by session 31),
# cut to its second table: a table of its total alone under one month, ``Totaal 2022`` under
# ``Opleiding juli 2023*``. The header's ``juli`` was taken for a month name waiting for its year
# on the line below (a cell wrapped: ``… maart april`` / ``2019 2019``), so ``Totaal 2022`` was
# read as the header's second line, no row, and the table refused as ``table-like-lines`` — though
# ``juli`` has its year right after it. The model: a month with its year waits for none; the
# figure on the total line under it is a count, whatever its digits.
TOTAL_LIKE_A_YEAR_UNDER_A_MONTH = """\
Onderwijskwalificerende opleidingstrajecten (OKOT's) - Onderwijssector

2. Hieronder vindt u het aantal stopgezette unieke 
cursisten per opleiding.

Opleiding juli 2023*
Totaal 2022 



*Voor het jaar juli 2023 zijn enkel cijfers opgenomen van de eerste jaarhelft.

Zo werden in 2011 nog 618 bijkomende vakken erkend voor leerkracht 
secundair onderwijs.
"""


def test_a_total_whose_count_looks_like_a_year_under_a_month_with_its_year_is_a_count() -> None:
    answer = read_text(TOTAL_LIKE_A_YEAR_UNDER_A_MONTH, "g.txt")
    assert answer.issues == []
    assert _cells(answer) == [("total", "Totaal", "2023-07", True, 2022, 7)]
    assert [t.measure for t in answer.tables] == ["stopped_or_failed"]
    assert [f.rule for f in audit(answer).findings] == ["partial-period"]


def test_counts_that_look_like_years_under_months_with_their_years_are_counts() -> None:
    """Two months, rows and a total line, every count a year's digits (and one the header's own
    year): each a count in its month's column."""
    text = ("Aantal gestarte OKOT-cursisten bij VDAB.\n\nOpleiding juni 2023 juli 2023\n"
            "Kapper 2019 2023\nTotaal 2022 2023\n")
    answer = read_text(text, "g.txt")
    assert answer.issues == []
    assert [c[:3] + c[4:] for c in _cells(answer)] == [
        ("row", "Kapper", "2023-06", 2019, 4), ("row", "Kapper", "2023-07", 2023, 4),
        ("total", "Totaal", "2023-06", 2022, 5), ("total", "Totaal", "2023-07", 2023, 5)]


def test_month_names_waiting_for_their_years_still_take_the_years_below() -> None:
    """The other side: month names without their year (``maart april``) over the line of their
    years keep being one header of three months, not a header over a row."""
    text = ("Aantal gestarte OKOT-cursisten bij VDAB.\n\n"
            "Unieke cursisten met maart april mei 2019 Totaal\nstopgezette en uitgevoerde 2019 2019\n"
            "Kapper 1 2 3 6\nTotaal 1 2 3 6\n")
    answer = read_text(text, "g.txt")
    assert answer.issues == []
    assert sorted({c[2] for c in _cells(answer)}) == ["2019-03", "2019-04", "2019-05", "Totaal"]
    assert [c[4] for c in _cells(answer) if c[1] == "Kapper"] == [1, 2, 3, 6]


# The annex of a generated answer (``test_newer_shapes_property.py``
# ``::test_the_annex_reads_back_exactly``, seed 6026, numbers as text, one sheet; left by session
# 31): measures as rows (no total line), the next table's caption naming its year, then that
# table's header — its first cell the caption of what it counts (``Unieke cursisten met
# stopgezette … OKOT'(s)``), its one column ``Aantal``. Only a header whose first cell names the
# rows' key (``Geslacht  Aantal``, seed 6010) ended the table above; this one did not, and the
# caption's year and every row below were refused as rows of the table above (``no-total``,
# ``ambiguous``). The same in the text the reader makes of it (laid out): refused too.
CAPTION_OVER_ONE_COUNT_COLUMN = [
    ["Jaar", "2018-2019", "2019-2020", "2020-2021"],
    ["Unieke geslaagde cursisten", "22", " 43 ", "1"],
    ["Gestarte cursisten", " 20 ", "59", " 46 "],
    [],
    ["Aantal unieke stopgezette cursisten per opleiding in 2022"],
    [],
    ["Unieke cursisten met stopgezette en uitgevoerde maar niet geslaagde OKOT'(s)", "Aantal"],
    ["022635: verpleegkunde vakbevoegdheid orthopedagogie apotheekassistent module 5", "37"],
    ["157338: voor en Tweedekansonderwijs", " 42 "],
    ["Subtotaal", "73"],
    ["493357: orthopedagogie (SLO) Hoger", " 651 "],
    ["Totaal", "720"],
]

STOPPED = [
    ("row", "verpleegkunde vakbevoegdheid orthopedagogie apotheekassistent module 5", "2022", False, 37, 8),
    ("row", "voor en Tweedekansonderwijs", "2022", False, 42, 9), ("subtotal", "Subtotaal", "2022", False, 73, 10),
    ("row", "orthopedagogie (SLO) Hoger", "2022", False, 651, 11), ("total", "Totaal", "2022", False, 720, 12),
]


def test_a_caption_header_of_one_count_column_ends_a_table_without_a_total_line_in_an_annex() -> None:
    import io

    pytest.importorskip("openpyxl", reason="the .xlsx tests need openpyxl")
    from openpyxl import Workbook

    from okot_audit.parse import parse_answer
    from okot_audit.source import source_from_bytes

    book = Workbook()
    for row in CAPTION_OVER_ONE_COUNT_COLUMN:
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    answer = parse_answer(source_from_bytes(buffer.getvalue(), "annex.xlsx"))
    assert answer.issues == []
    assert [(t.measure, len(t.cells)) for t in answer.tables] == [("graduated", 3), ("started", 3), ("stopped_or_failed", 5)]
    assert _cells(answer)[6:] == STOPPED


def _laid_out(rows: list[list[str]]) -> str:
    width = max(len(r[0]) for r in rows if r) + 4
    return "Aantal OKOT-cursisten bij VDAB.\n\n" + "".join(
        (r[0].ljust(width) + "".join(c.strip().rjust(12) for c in r[1:])).rstrip() + "\n" if r else "\n" for r in rows)


def test_a_caption_header_of_one_count_column_ends_a_table_without_a_total_line() -> None:
    answer = read_text(_laid_out(CAPTION_OVER_ONE_COUNT_COLUMN), "g.txt")
    assert answer.issues == []
    assert [(t.measure, len(t.cells)) for t in answer.tables] == [("graduated", 3), ("started", 3), ("stopped_or_failed", 5)]
    assert _cells(answer)[6:] == [c[:5] + (c[5] + 2,) for c in STOPPED]


def test_a_header_of_the_rows_key_and_caption_words_over_one_count_column_ends_the_table_too() -> None:
    """The same with the header's first cell opening with the rows' key (``Opleiding voor …``):
    before, its rows were read SILENTLY as counts of the table above in its first period."""
    rows = [r if r[:1] != ["Unieke cursisten met stopgezette en uitgevoerde maar niet geslaagde OKOT'(s)"]
            else ["Opleiding voor stopgezette en uitgevoerde maar niet geslaagde OKOT'(s)", "Aantal"]
            for r in CAPTION_OVER_ONE_COUNT_COLUMN]
    answer = read_text(_laid_out(rows), "g.txt")
    assert answer.issues == []
    assert [(t.measure, len(t.cells)) for t in answer.tables] == [("graduated", 3), ("started", 3), ("stopped_or_failed", 5)]
    assert _cells(answer)[6:] == [c[:5] + (c[5] + 2,) for c in STOPPED]


def test_a_caption_header_of_one_count_column_printed_again_over_more_rows_is_still_a_repeat() -> None:
    """The other side: the same header printed again on the next page over more rows of the
    table (no total between) goes on with the table."""
    for header in ("Unieke cursisten met stopgezette OKOT'(s) Aantal", "Opleiding voor stopgezette OKOT'(s) Aantal"):
        text = (f"Aantal stopgezette OKOT-cursisten bij VDAB in 2021.\n\n{header}\nKapper 12\nLasser 15\n\n\f"
                f"{header}\nBakker 4\nTotaal 31\n")
        answer = read_text(text, "g.txt")
        assert answer.issues == []
        assert [c[1:] for c in _cells(answer)] == [
            ("Kapper", "2021", False, 12, 4), ("Lasser", "2021", False, 15, 5), ("Bakker", "2021", False, 4, 8),
            ("Totaal", "2021", False, 31, 9)]


# The seeds' form of a generated answer (``test_generated_shapes18.py``
# ``::test_the_seeds_form_reads_back_exactly[province_turned]`` and ``[category_marks]``, seed
# 6043), cut to its first two tables, both on their side: a code's column and its total over six
# years, then provinces over three years, 2022's blanks printed as dashes (``2022* - 68 - 72
# 109``). Each year's line of the first table prints both its figures, yet it was counted as a
# row with fewer figures than its table's six periods — the years it has as rows, not its two
# columns — so the answer was taken for text that lost its spacing (parse/__init__._rows_collapsed),
# and ``2022*  68  72 109`` (its marks made blanks) could no longer say its blanks: refused as
# ``ambiguous-alignment``.
TWO_TABLES_ON_THEIR_SIDE = """\
Onderwijskwalificerende opleidingstrajecten (OKOT's) - Zorgsector

1. Hieronder vindt u een overzicht van het aantal gestarte unieke cursisten in de 
verschillende opleidingen.

Jaar 725303 Totaal
2018** 37 37
2019 3 3
2020 45 45
2021 33 33
2022 59 59
2023* 39 39



*Voor het jaar 2023 zijn enkel cijfers opgenomen van de eerste jaarhelft. 

**De cijfers voor 2018 zijn voorlopig en kunnen nog wijzigen. 


2. Hieronder vindt u het aantal geslaagde unieke cursisten per 
provincie.

Jaar Antwerpen Oost-Vlaanderen Vlaams-Brabant Brussel Totaal
2020 23 16 48 41 115
2021 70 22 55 48 180
2022* - 68 - 72 109
"""


def test_a_table_on_its_side_with_a_figure_in_every_column_says_no_spacing_was_lost() -> None:
    answer = read_text(TWO_TABLES_ON_THEIR_SIDE, "g.txt")
    assert answer.issues == []
    assert [(c[0], c[1], c[4]) for c in _cells(answer) if c[2] == "2022" and c[5] == 27] == [
        ("row", "Oost-Vlaanderen", 68), ("row", "Brussel", 72), ("total", "Totaal", 109)]
    assert len(_cells(answer)) == 12 + 13


def test_a_table_on_its_side_with_a_figure_missing_from_a_line_still_says_it() -> None:
    """The other side: where a year's line of a table on its side prints fewer figures than its
    columns and no line marks a blank, the spacing is still taken as lost (single-spaced text
    joined by an extractor): the line whose blank is not said is refused, as before."""
    text = TWO_TABLES_ON_THEIR_SIDE.replace("2019 3 3", "2019 3").replace("2022* - 68 - 72 109", "2022* 68 72 109")
    answer = read_text(text, "g.txt")
    assert [(i.kind, i.line) for i in answer.issues] == [("ambiguous-alignment", 8), ("ambiguous-alignment", 27)]


# ``pdftotext -layout`` of a generated PDF (``test_generated_shapes20.py``
# ``::test_the_layout_text_of_the_pdf_reads_back_exactly[programme_by_sector_column]``, seed
# 6044), cut to the province table that runs over pages 5 to 8 (the first 14 lines of the answer
# kept): on page 7, under the header printed again two characters left of the first page's,
# ``verpleegkunde bijkomende   30   349   x   6   34   419`` — ``349`` ends four characters right of
# ``2019`` and ``x`` marks 2020's blank. Against that page's own header the line places exactly
# (parse/columns.place_by_position: 30, 349, blank, 6, 34, 419); cut without the first page's
# header it reads. Read in the whole table it was refused (``blanks-overflow``): the reader lays
# the page out again on a grid near the first page's, and the page's header, printed elsewhere than
# the first, was taken as printed (its labels alone), while the first page's was widened by its
# full rows' figures (parse/__init__._page_spans). Now each header printed again is widened by its
# own page's full rows (session 32, tests/test_span32.py).
LAID_OUT_REPEATED_HEADER = Path(__file__).parent / "data" / "sweep32_repeated_header_6044.pdftotext-layout.txt"


def test_a_row_under_a_header_printed_again_two_characters_left_reads_with_its_blank() -> None:
    answer = read_text(LAID_OUT_REPEATED_HEADER.read_text(encoding="utf-8"), "g.txt")
    assert answer.issues == []
    assert [(c[2], c[4]) for c in _cells(answer) if c[5] == 100] == [
        ("2018", 30), ("2019", 349), ("2021", 6), ("2022", 34), ("Totaal", 419)]


# The seeds' form of a generated answer (``test_account31.py``
# ``::test_every_figure_of_every_table_like_line_is_accounted_for[text]``, seed 6045), cut to its
# tables: the header ``Opleiding 2015`` printed again after a page break among the rows of its
# sector blocks. The reader reads it as the header again (every cell right); the property's
# oracle counted the periods' digits on the header's first line only, and took the header
# printed again for a table-like line whose 2015 was lost (``opleiding`` is a piece of the next
# table's ``graduaatsopleiding …``). The oracle (tests/test_account31.lost_figures) now counts
# a table's periods on every line that prints its header again among its rows.
HEADER_AGAIN_AFTER_A_PAGE_BREAK = (
    "Onderwijskwalificerende opleidingstrajecten (OKOT's) - Onderwijssector\n\n"
    "1. Hieronder vindt u het aantal gestarte unieke cursisten per opleiding.\n\n"
    "Opleiding 2015\nOnderwijs\nOpvoeder opvoeder jeugd- beroepsonderwijs 30\nSubtotaal onderwijs 30\nTechniek\n"
    "Opvoeder \nopvoeder jeugd- \nberoepsonderwijs 689\nSubtotaal techniek 689\nBouw\nOpvoeder opvoeder \n"
    "jeugd- beroepsonderwijs 42\n \n\x0cOpleiding 2015\nSubtotaal bouw 42 \nTotaal 755 \n\n"
    "2. Hieronder vindt u een overzicht van het aantal werkzoekenden dat de afgelopen \n"
    "jaren een diploma behaalde.\n\n"
    "Unieke cursisten met uitgevoerde, geslaagde, OKOT'(s) 2020*\nZorg\n"
    "150223: gehandicaptenzorg -1ste jaar individueel algemene\n- verkort traject - 2de jaar bijkomende 11\n"
    "Totaal zorg 11\nOnderwijs\n689956: graduaatsopleiding en Verkorte kinderzorg - 3de jaar gehandicaptenzorg 62\n"
    "Totaal onderwijs 62\nTotaal unieke cursisten 64\n"
)


def test_the_header_printed_again_among_the_rows_is_no_lost_figure_of_the_account() -> None:
    pytest.importorskip("fpdf", reason="test_account31 needs fpdf2")
    from test_account31 import lost_figures

    labels = ["Opvoeder opvoeder jeugd- beroepsonderwijs",
              "gehandicaptenzorg -1ste jaar individueel algemene - verkort traject - 2de jaar bijkomende",
              "graduaatsopleiding en Verkorte kinderzorg - 3de jaar gehandicaptenzorg"]
    answer = read_text(HEADER_AGAIN_AFTER_A_PAGE_BREAK, "g.txt")
    assert answer.issues == []
    assert [(c[1], c[4]) for c in _cells(answer) if c[5] in (19, 20)] == [("Subtotaal bouw", 42), ("Totaal", 755)]
    assert lost_figures(HEADER_AGAIN_AFTER_A_PAGE_BREAK.split("\n"), lambda n: n, answer, labels, 0) == []


# Plain ``pdftotext`` (no ``-layout``) of a generated PDF (``test_account31.py``
# ``::test_every_figure_of_every_table_like_line_is_accounted_for[pdftotext]``, seed 6044): every
# cell a paragraph of its own. The second table is said as ``one-figure-per-line`` over lines 46
# to 75 with its figures listed — but its last row's name and the total's word come after the
# last figures (``28`` ``28`` ``189`` ``296``, then ``Se-n-se apotheekassistent 2e jaar
# zorgkundige`` / ``leefgroepenwerking`` / ``Totaal`` / ``150``), and the total's first figure,
# 150 at line 81, is neither in the span nor among the figures said: lost silently
# (parse/unread.py, the span of a one-figure-per-line table ends at the last figure before
# the labels that trail it). Now the span runs on to a figure alone that trails the table's last
# piece (session 32, tests/test_span32.py).
ONE_FIGURE_PER_LINE_TRAILING_TOTAL = Path(__file__).parent / "data" / "sweep32_one_figure_per_line_6044.pdftotext.txt"


def test_a_one_figure_per_line_tables_trailing_total_figure_is_said() -> None:
    answer = read_text(ONE_FIGURE_PER_LINE_TRAILING_TOTAL.read_text(encoding="utf-8"), "g.txt")
    said = [(i.kind, i.reason) for i in answer.issues]
    assert said == [("unreadable-table", "one-figure-per-line")] * 2
    second = answer.issues[1]
    assert 150 in second.numbers or (second.other_line or 0) >= 81
