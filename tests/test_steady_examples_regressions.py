"""Answers the property tests misread once their examples no longer depended on the tests run
before them (``tests/test_generator_determinism.py``), each reduced to the form that showed it.

- ``pdftotext -layout`` of a table whose header wraps month names above their years
  (``augustus`` / ``Opleiding juli 2019`` / ``2019``), repeated on the next page, where the
  extractor laid the page out on a grid of its own (a longer label moves every column): the
  repeated header's line does not say where its columns stand, so the first page's columns
  were used, and the rows of the new page fitted no column (``ambiguous-alignment``).
- The same, where the first page's header was laid out as one line (``Opleiding juli 2019
  augustus 2019 …``) and the new page's wraps as three: the repeated header was not known as
  the table's, and the new page's rows were an ``unreadable-table`` error.
- A header wrapped in a narrow cell around its one column's word (``Unieke cursisten met`` /
  ``stopgezette en uitgevoerde`` / ``Aantal`` / ``maar niet geslaagde`` / ``OKOT'(s)``), and
  repeated after a page break below a sector block's name (``Bouw``): the header was taken to
  be its last three lines only (no period among them), the name and the repeated header were
  more lines than a table may hold between its rows, and the table was read as two — the second one's ``Totaal`` over one sector's rows, a false
  ``total-exceeds-parts`` error.
- ``pdftotext -layout`` of a province table right below a table by year: a label's own number
  on the line below its row's figure (``Antwerpen  individueel traject - modules 1- 4``, the
  province's cell beside it) stood where a column of the table above has its figures, and was
  split off the label as a count of its own — a row ``… modules 1- leefgroepenwerking`` of 4
  persons, seen only as 4 persons counted twice (information).
- A partition's total printed above its rows, its count looking like a later year (``Leeftijd
  2015`` / ``Totaal 2016`` / ``-25 jaar 1`` …): the total line was taken for the header's cells
  wrapped, and ``Totaal 2016`` for the header — the table's period 2016, its total lost
  (``total-missing``). Found by ``tests/test_shape_variants.py`` with another seed.
"""

from __future__ import annotations

import pytest

from okot_audit import audit, read_text

RUNNING = "Vlaams Parlement - Schriftelijke vragen en antwoorden"
HEAD = (
    f"{RUNNING}\n\n\nOnderwijskwalificerende opleidingstrajecten (OKOT's) - Onderwijssector\n\n"
    "ANTWOORD\nop vraag nr. 46 van 21 november 2022\n\n"
)


def _cells(answer) -> list[tuple]:
    return [(t.measure, c.level, c.code or c.label, c.period, c.count) for t in answer.tables for c in t.cells]


def _severe(answer) -> list[tuple]:
    return [(f.rule, f.line) for f in audit(answer).findings if f.severity in ("error", "warning")]


MONTHS_HEADER = """\
                                                        augustus   september   oktober   november   december
Opleiding                                juli 2019
                                                          2019       2019       2019       2019       2019*
"""
FIRST_PAGE = f"""
Zorg

Hoger bachelor bijkomende                    24              1            8            58              33         10

Totaal zorg                                  24              1            8            58              33         10

Onderwijs


\f{RUNNING}


"""
SECOND_PAGE = """
Verkorte vorming
graduaatsopleiding - 1 ste                   43           21          21         29       1.593        42
jaar opvoeder

Hoger verpleegkunde
                                            292           31          26         30         5
individueel

Totaal onderwijs                            335           52          47         59       1.598        42

Totaal                                      359           53          55         117      1.631        52

*Voor het jaar december 2019 zijn enkel cijfers opgenomen van de eerste jaarhelft.
"""


def test_a_wrapped_header_repeated_on_a_page_laid_out_on_its_own_grid():
    text = (HEAD + "2. Hieronder vindt u het aantal geslaagde unieke cursisten per opleiding.\n\n"
            + MONTHS_HEADER + FIRST_PAGE + MONTHS_HEADER + SECOND_PAGE)
    answer = read_text(text, "layout.txt")
    assert answer.issues == []
    months = [f"2019-{m:02d}" for m in range(7, 13)]
    cells = _cells(answer)
    assert len(cells) == 35
    assert [c for c in cells if c[2].startswith("Verkorte")] == [
        ("graduated", "row", "Verkorte vorming graduaatsopleiding - 1 ste jaar opvoeder", p, n)
        for p, n in zip(months, (43, 21, 21, 29, 1593, 42))
    ]
    assert [c[3:] for c in cells if c[2].startswith("Hoger verpleegkunde")] == list(zip(months[:5], (292, 31, 26, 30, 5)))
    assert [c[3:] for c in cells if c[1] == "total"] == list(zip(months, (359, 53, 55, 117, 1631, 52)))
    assert _severe(answer) == []


WIDE_MONTHS_HEADER = """\
                                                        augustus    september        oktober        november   december
Opleiding                                juli 2019
                                                          2019        2019            2019            2019       2019*
"""


def test_a_header_laid_out_as_one_line_repeated_wrapped_on_the_next_page():
    text = (HEAD + "2. Hieronder vindt u het aantal geslaagde unieke cursisten per opleiding.\n\n"
            + WIDE_MONTHS_HEADER + FIRST_PAGE + MONTHS_HEADER + SECOND_PAGE)
    answer = read_text(text, "layout.txt")
    assert answer.issues == []
    months = [f"2019-{m:02d}" for m in range(7, 13)]
    cells = _cells(answer)
    assert len(cells) == 35
    assert [c[3:] for c in cells if c[2].startswith("Verkorte")] == list(zip(months, (43, 21, 21, 29, 1593, 42)))
    assert [c[3:] for c in cells if c[1] == "total"] == list(zip(months, (359, 53, 55, 117, 1631, 52)))
    assert _severe(answer) == []


NARROW_HEADER = """\
Unieke cursisten met
stopgezette en uitgevoerde
                                         Aantal
maar niet geslaagde
OKOT'(s)
"""


def test_a_header_wrapped_in_a_narrow_cell_repeated_below_a_blocks_name():
    text = HEAD + (
        "3. Hieronder vindt u de gevraagde gegevens voor 2023.\n\n"
    ) + NARROW_HEADER + """
Onderwijs

233673: Opvoeder
zorgkundige lager                           38
Professionele - deel 2

Totaal onderwijs                            38

Techniek

160201: Verkorte bachelor
Specifieke - verkort traject -            1.091
2de jaar - 1ste jaar

347133: tandartsassistent
vorming - 1ste jaar jeugd-                  49
Educatieve master

Subtotaal techniek                        1.130

Bouw
\f""" + RUNNING + "\n\n\n" + NARROW_HEADER + """
517658: verpleegkunde - 2de
                                            22
jaar algemene

985879: met jaar 1 traject
                                            57
jeugd- lager Graduaat

Subtotaal bouw                              79

Totaal                                    1.247
"""
    answer = read_text(text, "layout.txt")
    assert answer.issues == []
    assert [(t.measure, [p.label for p in t.periods]) for t in answer.tables] == [("stopped_or_failed", ["2023"])]
    assert [(c[1], c[2], c[4]) for c in _cells(answer)] == [
        ("row", "233673", 38), ("subtotal", "Totaal onderwijs", 38),
        ("row", "160201", 1091), ("row", "347133", 49), ("subtotal", "Subtotaal techniek", 1130),
        ("row", "517658", 22), ("row", "985879", 57), ("subtotal", "Subtotaal bouw", 79),
        ("total", "Totaal", 1247),
    ]
    assert [r for r in _severe(answer) if r[0] != "code-unknown"] == []


YEARS_THEN_PROVINCES = """\
2. Hieronder vindt u een overzicht van het aantal werkzoekenden dat een opleiding heeft stopgezet.

Unieke cursisten met stopgezette en                        2017       2018        2019      2020    2021        2022
uitgevoerde maar niet geslaagde OKOT'(s)

989203: onderwijs - deel 2 verpleegkunde                     32         14             15     39        7         34
Educatieve

Totaal                                                       32         14             15     39        7         34

3. Hieronder vindt u de gevraagde gegevens voor 2019. De cijfers geven het aantal geslaagde cursisten weer van januari 2019 tot en
met oktober 2019. De cijfers hieronder geven het aantal unieke cursisten per opleiding en per provincie weer.

Provincie                 Opleiding                                           Aantal

                          655214: Tweedekansonderwijs - 2de jaar met             56
Antwerpen                 individueel traject - modules 1- 4
                          leefgroepenwerking

Totaal Antwerpen                                                                 56

                          283687: kinderzorg - 1ste jaar jeugd-                  50
Limburg
                          individueel traject - module 5

Totaal Limburg                                                                   50

Eindtotaal                                                                      106
"""


def test_a_labels_own_number_under_a_column_of_the_table_above_stays_the_labels():
    answer = read_text(HEAD + YEARS_THEN_PROVINCES, "layout.txt")
    assert answer.issues == []
    provinces = answer.tables[-1]
    assert [(c.level, c.code, " ".join(c.label.split()), c.province, c.count) for c in provinces.cells] == [
        ("row", "655214", "Tweedekansonderwijs - 2de jaar met individueel traject - modules 1- 4 leefgroepenwerking",
         "Antwerpen", 56),
        ("subtotal", None, "Totaal Antwerpen", "Antwerpen", 56),
        ("row", "283687", "kinderzorg - 1ste jaar jeugd- individueel traject - module 5", "Limburg", 50),
        ("subtotal", None, "Totaal Limburg", "Limburg", 50),
        ("total", None, "Eindtotaal", None, 106),
    ]
    assert [f.rule for f in audit(answer).findings if f.rule == "parts-exceed-total"] == []


@pytest.mark.parametrize("total", [2015, 2016])
def test_a_total_above_its_rows_whose_count_looks_like_a_later_year(total):
    text = HEAD + "1. Hieronder vindt u het aantal gestarte unieke cursisten.\n\n" + (
        f"Leeftijd 2015\nTotaal {total}\n-25 jaar 1\n25-54 jaar 1\n55+ jaar {total - 2}\n\nDit is een zin.\n"
    )
    answer = read_text(text, "n.txt")
    assert answer.issues == []
    assert [(c[1], c[2], c[3], c[4]) for c in _cells(answer)] == [
        ("total", "Totaal", "2015", total), ("row", "-25 jaar", "2015", 1), ("row", "25-54 jaar", "2015", 1),
        ("row", "55+ jaar", "2015", total - 2),
    ]
    assert [f.rule for f in audit(answer).findings] == []
