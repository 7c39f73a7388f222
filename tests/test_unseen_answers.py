"""Answers written by hand in shapes the other tests do not hold (a review of reading answers
never seen): each test is such an answer, or the smallest part of it that showed the reader's
error, and the exact cells and findings a correct reader gives."""

from __future__ import annotations

from okot_audit import audit, read_text
from okot_audit.parse import parse_answer
from okot_audit.source import source_from_bytes

HEAD = (
    "ANTWOORD\nop vraag nr. 512 van 3 maart 2023\nvan Els Van den Broeck\n"
    "1. In de tabel hieronder vindt u het aantal unieke cursisten dat een OKOT startte, per\n"
    "provincie van de opleiding. Een cursist die verhuist, kan in twee provincies geteld worden.\n"
)
PROVINCES = [
    "Provincie 2019 2020 2021 2022",
    "Antwerpen 1.012 1.104 1.187 1.230",
    "Limburg 602 633 701 688",
    "Oost-Vlaanderen 1.140 1.202 1.311 1.298",
    "Vlaams-Brabant 410 455 478 502",
    "West-Vlaanderen 933 951 1.002 1.047",
    "Brussel 3 6 8 11",
    "Vlaams Gewest 4.090 4.335 4.663 4.752",
]
YEARS = ("2019", "2020", "2021", "2022")


def _cells(answer) -> list[tuple]:
    return [(c.level, c.province, c.label, c.period, c.count) for t in answer.tables for c in t.cells]


def _province_cells(lines: list[str]) -> list[tuple]:
    out = []
    for line in lines[1:]:
        *words, a, b, c, d = line.split()
        label = " ".join(words)
        level, province = ("total", None) if label == "Vlaams Gewest" else ("row", label)
        out += [(level, province, label, year, int(v.replace(".", ""))) for year, v in zip(YEARS, (a, b, c, d))]
    return out


def _with(lines: list[str], before: str, *inserted: str) -> list[str]:
    at = next(i for i, line in enumerate(lines) if line.startswith(before))
    return [*lines[:at], *inserted, *lines[at:]]


def test_a_line_of_words_between_province_rows_is_no_part_of_the_next_row():
    """pypdf text of a province × year table broken by a page: a line of words without
    figures (``Tabel 1 (vervolg)``, a running header) stood between two province rows. It was
    taken as the first line of the next row's label, the province name it began with as a
    province label floating beside it: the row ``Vlaams-Brabant`` became a programme called
    ``Tabel 1 (vervolg)``, the table one of programmes, and no cell had its province — with
    0 errors. In a table whose rows are each a province alone, such a line is no label."""
    for inserted in ("Tabel 1 (vervolg)", "Vervolg van de tabel op de volgende pagina"):
        answer = read_text(HEAD + "\n".join(_with(PROVINCES, "Vlaams-Brabant", inserted)) + "\n", "a.txt")
        assert _cells(answer) == _province_cells(PROVINCES)
        assert answer.tables[0].layout.rows == "province"
    # the number of such a line is the table's ordinal in its caption, no figure (test_messages16)
    answer = read_text(HEAD + "\n".join(_with(PROVINCES, "Vlaams-Brabant", "Tabel 1 (vervolg)")) + "\n", "a.txt")
    assert [(i.kind, i.line, i.numbers) for i in answer.issues] == []


def test_categories_keep_their_rows_when_a_line_of_words_stands_between_them():
    text = (HEAD.replace("per\nprovincie van de opleiding", "naar\nleeftijd") + "Leeftijd 2021 2022\n-25 jaar 812 790\n"
            "25-54 jaar 3.797 3.650\nVervolg van de tabel\n55+ jaar 61 70\nTotaal 4.670 4.510\n")
    answer = read_text(text, "age.txt")
    assert [(c.label, c.period, c.count) for c in answer.tables[0].cells if c.level == "row"] == [
        ("-25 jaar", "2021", 812), ("-25 jaar", "2022", 790), ("25-54 jaar", "2021", 3797),
        ("25-54 jaar", "2022", 3650), ("55+ jaar", "2021", 61), ("55+ jaar", "2022", 70),
    ]
    assert [f for f in audit(answer).findings if f.severity != "info"] == []


def test_the_first_line_standing_again_between_rows_is_a_running_header():
    """pypdf text: each page starts with the running header the first page starts with
    (``Vlaams Parlement - Schriftelijke vraag 512``), and the page number of the page before
    stands above it, both between two rows of the table. The header was read as a row (its
    ``512`` a count the totals could not place: ``ambiguous-alignment``), the page number as a
    row without label: two errors on a correct table, and its totals not checked."""
    running = "Vlaams Parlement - Schriftelijke vraag 512"
    lines = _with(PROVINCES, "Vlaams-Brabant", "1", running)
    answer = read_text(running + "\n" + HEAD + "\n".join(lines) + "\n", "a.txt")
    assert answer.issues == []
    assert _cells(answer) == _province_cells(PROVINCES)
    findings = audit(answer).findings
    assert [f for f in findings if f.severity != "info"] == []
    assert [(f.rule, f.period, f.difference) for f in findings] == [
        ("parts-exceed-total", "2019", 10), ("parts-exceed-total", "2020", 16),
        ("parts-exceed-total", "2021", 24), ("parts-exceed-total", "2022", 24),
    ]


def test_a_repeated_header_of_periods_is_not_taken_for_a_running_header():
    """The first line stands again only as a running header when it is no line of figures: a
    text that starts with a table's header (two years) keeps it where it stands again."""
    lines = [PROVINCES[0], *PROVINCES[1:4], PROVINCES[0], *PROVINCES[4:]]
    answer = read_text("\n".join(lines) + "\n", "t.txt")
    assert _cells(answer) == _province_cells(PROVINCES)


EDUCATION_HTML = """<html><head><meta charset="utf-8"><title>Schriftelijke vraag 88</title></head><body>
<p>ANTWOORD op vraag nr. 88 van 6 oktober 2023 van Hannes Anaf</p>
<p>1. Het aantal werkzoekenden dat een OKOT startte, naar onderwijsniveau (unieke personen).</p>
<table>
<tr><th>Onderwijsniveau</th><th>2021</th><th>2022</th></tr>
<tr><td>Laaggeschoold</td><td>1&#160;012</td><td>987</td></tr>
<tr><td>Middengeschoold</td><td>2&#160;140</td><td>2&#8239;033</td></tr>
<tr><td>Hooggeschoold</td><td>1 205</td><td>1&#160;301</td></tr>
<tr><td>Onbekend</td><td>41</td><td>&lt;5</td></tr>
<tr><td><b>Totaal</b></td><td><b>4&#160;398</b></td><td><b>4&#160;323</b></td></tr>
</table>
<p>Bron: VDAB</p>
</body></html>
"""


def test_a_cell_of_an_html_table_with_spaced_thousands_is_one_count():
    """An HTML table prints thousands with a (no-break, narrow) space: ``1&#160;012``. A cell
    holds one value, but the cell was laid out as ``1 012`` and read as two figures: every
    row with such a count an ``unreadable-table`` error (more figures than periods)."""
    answer = parse_answer(source_from_bytes(EDUCATION_HTML.encode(), "edu.html"))
    assert [(c.level, c.label, c.period, c.count, c.line) for c in answer.tables[0].cells] == [
        ("row", "Laaggeschoold", "2021", 1012, 6), ("row", "Laaggeschoold", "2022", 987, 6),
        ("row", "Middengeschoold", "2021", 2140, 7), ("row", "Middengeschoold", "2022", 2033, 7),
        ("row", "Hooggeschoold", "2021", 1205, 8), ("row", "Hooggeschoold", "2022", 1301, 8),
        ("row", "Onbekend", "2021", 41, 9),
        ("total", "Totaal", "2021", 4398, 10), ("total", "Totaal", "2022", 4323, 10),
    ]
    assert [(f.rule, f.line, f.period) for f in audit(answer).findings] == [("count-withheld", 9, "2022")]


def test_a_delimited_cell_with_spaced_thousands_is_one_count():
    text = HEAD + "Provincie;2021;2022\nAntwerpen;1 187;1 230\nLimburg;701;688\nTotaal;1 880;1 900\n"
    answer = read_text(text, "export.txt")
    assert [(c.label, c.period, c.count) for c in answer.tables[0].cells] == [
        ("Antwerpen", "2021", 1187), ("Antwerpen", "2022", 1230), ("Limburg", "2021", 701),
        ("Limburg", "2022", 688), ("Totaal", "2021", 1880), ("Totaal", "2022", 1900),
    ]


LAYOUT_SPACED = """\
                                     ANTWOORD
                        op vraag nr. 19 van 3 oktober 2019
                                van Robrecht Bothuyne

   1. Het aantal unieke cursisten dat een OKOT startte, per provincie.

      Provincie                 2016         2017         2018
      Antwerpen                1 102        1 187        1 230
      Limburg                    602          633          688
      Oost-Vlaanderen          1 140        1 202        1 298
      Vlaams-Brabant             410                       502
      West-Vlaanderen            933          951        1 047
      Vlaanderen               4 150        3 960        4 720
"""


def test_layout_text_with_spaced_thousands_reads_each_count_under_its_period():
    """``pdftotext -layout`` of an answer that prints thousands with a space (``1 102``): the
    text was not recognised as laid out (no figure set off by two spaces ended the lines), and
    read as single-spaced text it had more figures than periods: one `unreadable-table` error
    for the whole table. Cells stand two spaces or more apart, so ``1 102`` is one count."""
    answer = read_text(LAYOUT_SPACED, "layout.txt")
    assert answer.issues == []
    assert [(c.label, c.period, c.count, c.line) for c in answer.tables[0].cells] == [
        ("Antwerpen", "2016", 1102, 8), ("Antwerpen", "2017", 1187, 8), ("Antwerpen", "2018", 1230, 8),
        ("Limburg", "2016", 602, 9), ("Limburg", "2017", 633, 9), ("Limburg", "2018", 688, 9),
        ("Oost-Vlaanderen", "2016", 1140, 10), ("Oost-Vlaanderen", "2017", 1202, 10),
        ("Oost-Vlaanderen", "2018", 1298, 10),
        ("Vlaams-Brabant", "2016", 410, 11), ("Vlaams-Brabant", "2018", 502, 11),
        ("West-Vlaanderen", "2016", 933, 12), ("West-Vlaanderen", "2017", 951, 12),
        ("West-Vlaanderen", "2018", 1047, 12),
        ("Vlaanderen", "2016", 4150, 13), ("Vlaanderen", "2017", 3960, 13), ("Vlaanderen", "2018", 4720, 13),
    ]
    assert [(f.rule, f.period, f.difference) for f in audit(answer).findings] == [
        ("parts-exceed-total", "2016", 37), ("parts-exceed-total", "2017", 13), ("parts-exceed-total", "2018", 45),
    ]


GRADUATES = """\
ANTWOORD
op vraag nr. 402 van 15 maart 2024
van Koen Daniëls
2. Het aantal unieke cursisten dat een OKOT in het onderwijs met succes afrondde. Om de
privacy te beschermen worden aantallen kleiner dan vijf niet getoond.
Opleiding 2021 2022 2023
908003: Educatieve bachelor voor kleuteronderwijs - 3de jaar 44 51 49
908013: Educatieve bachelor voor lager onderwijs - 3de jaar 40 47 52
908015: Specifieke lerarenopleiding (SLO){mark} <5 7 9
908020: Verkorte educatieve master 94 79 88
Totaal unieke cursisten 180 182 197
{mark} Vanaf 2022 ook in Limburg.
"""


def test_a_footnote_mark_after_a_codes_label_is_no_other_label():
    """A code's label carries a footnote mark (``(SLO)(1)``, its note below the table):
    `label-mismatch` warned that the code or the label was wrong. The answer's words
    ``met succes afrondde`` (graduates) said nothing of what the table counts either
    (`measure-unknown`)."""
    for mark in ("(1)", " (1)", "*", " (*)", "1"):
        answer = read_text(GRADUATES.format(mark=mark), "grad.txt")
        table = answer.tables[0]
        assert table.measure == "graduated"
        assert [(c.code, c.period, c.count) for c in table.cells if c.code == "908015"] == [
            ("908015", "2022", 7), ("908015", "2023", 9)]
        findings = audit(answer).findings
        assert [(f.rule, f.line, f.period, f.difference) for f in findings] == [
            ("count-withheld", 9, "2021", None),
            ("parts-exceed-total", 11, "2022", 2), ("parts-exceed-total", 11, "2023", 1),
        ], mark


def test_a_label_that_differs_by_more_than_a_footnote_mark_still_differs():
    from okot_audit.catalogue import same_label
    slo = "Specifieke lerarenopleiding (SLO)"
    assert not same_label(slo, slo + " 1")  # a number after a space may be the label's own
    assert not same_label(slo, "Specifieke lerarenopleiding")
    assert not same_label("Hoger beroepsonderwijs verpleegkunde - module 5", "Hoger beroepsonderwijs verpleegkunde - module 51")


def test_a_period_with_a_note_in_brackets_before_a_total_column_is_a_header():
    """``Provincie 2022 2023 (jan-jun) Totaal``: a period's note in brackets and then a total
    column. Either alone made a header, both together did not: the whole table was an
    `unreadable-table` error ("no header with periods")."""
    for header, partial_by in (("2022 2023 (jan-jun) Totaal", "jan-jun"), ("2022 2023 (1) Totaal", "tot en met juni")):
        text = (HEAD + f"Provincie {header}\nAntwerpen 1230 610 1702\nLimburg 688 340 962\n"
                "Vlaams Gewest 1900 945 2650\n(1) tot en met juni\n")
        answer = read_text(text, "note.txt")
        assert answer.issues == []
        table = answer.tables[0]
        assert [(p.label, p.partial, p.note) for p in table.periods] == [
            ("2022", False, None), ("2023", True, partial_by), ("Totaal", False, None)]
        assert [(c.level, c.label, c.period, c.count) for c in table.cells] == [
            ("row", "Antwerpen", "2022", 1230), ("row", "Antwerpen", "2023", 610), ("row", "Antwerpen", "Totaal", 1702),
            ("row", "Limburg", "2022", 688), ("row", "Limburg", "2023", 340), ("row", "Limburg", "Totaal", 962),
            ("total", "Vlaams Gewest", "2022", 1900), ("total", "Vlaams Gewest", "2023", 945),
            ("total", "Vlaams Gewest", "Totaal", 2650),
        ]


def test_an_annex_with_a_partial_half_year_and_a_total_column():
    import io

    openpyxl = __import__("pytest").importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Tabel 1"
    sheet.append(["Aantal unieke cursisten dat een OKOT startte, per provincie"])
    sheet.append([])
    sheet.append(["Provincie", "2022", "2023 (jan-jun)", "Totaal"])
    sheet.append(["Antwerpen", 1230, 610, 1702])
    sheet.append(["Brussel", 11, None, 11])
    sheet.append(["Vlaams Gewest", 1240, 610, 1710])
    data = io.BytesIO()
    book.save(data)
    answer = parse_answer(source_from_bytes(data.getvalue(), "annex.xlsx"))
    assert answer.issues == []
    assert [(c.level, c.label, c.period, c.count, c.line) for c in answer.tables[0].cells][:3] == [
        ("row", "Antwerpen", "2022", 1230, 4), ("row", "Antwerpen", "2023", 610, 4),
        ("row", "Antwerpen", "Totaal", 1702, 4)]
    assert [(p.label, p.partial) for p in answer.tables[0].periods] == [("2022", False), ("2023", True), ("Totaal", False)]
    assert [(c.label, c.period, c.count) for c in answer.tables[0].cells if c.label != "Antwerpen"] == [
        ("Brussel", "2022", 11), ("Brussel", "Totaal", 11), ("Vlaams Gewest", "2022", 1240),
        ("Vlaams Gewest", "2023", 610), ("Vlaams Gewest", "Totaal", 1710)]


def test_layout_text_of_a_compact_block_table_keeps_the_first_row_and_the_row_before_a_page_break():
    """``pdftotext -layout`` of a province-block table printed without padding between rows
    (no blank lines), running on to a second page that repeats the header. The first row's
    code cell stands in the second column, its province cell empty on that line: the row was
    joined to the header above it (the header read ``Provincie Opleiding 900611: … Aantal
    61``, the row's 61 lost, and `total-exceeds-parts` reported a correct subtotal as wrong);
    the repeated header of page 2 became the end of the label of page 1's last row. A training
    code that begins a line's first cell begins a row, wherever the cell stands."""
    from pathlib import Path

    from okot_audit import read_answer

    answer = read_answer(Path(__file__).parent / "data" / "unseen_blocks_compact.pdftotext-layout.txt")
    assert answer.issues == []
    assert [(c.level, c.province, c.code, c.label, c.count, c.line, c.page) for c in answer.tables[0].cells] == [
        ("row", "Antwerpen", "900611", "Professionele bachelor verpleegkunde - 1ste jaar", 61, 11, 1),
        ("row", "Antwerpen", "900711", "Hoger beroepsonderwijs verpleegkunde - 1ste jaar", 130, 13, 1),
        ("row", "Antwerpen", "903631", "Graduaat orthopedagogie - 1ste jaar", 44, 14, 1),
        ("subtotal", "Antwerpen", None, "Totaal Antwerpen", 228, 15, 1),
        ("row", "Limburg", "900611", "Professionele bachelor verpleegkunde - 1ste jaar", 35, 16, 1),
        ("row", "Limburg", "900711", "Hoger beroepsonderwijs verpleegkunde - 1ste jaar", 72, 23, 2),
        ("subtotal", "Limburg", None, "Totaal Limburg", 104, 24, 2),
        ("total", None, None, "Eindtotaal", 330, 25, 2),
    ]
    assert [(f.rule, f.line, f.difference) for f in audit(answer).findings] == [
        ("partial-period", 10, None), ("parts-exceed-total", 15, 7), ("parts-exceed-total", 24, 3),
        ("parts-exceed-total", 25, 2),
    ]


def test_a_province_name_wrapped_at_its_hyphen_is_no_total_of_the_region():
    """pypdf text of a narrow first column: ``West-`` / ``Vlaanderen 933 951 …``. The line was
    read as the region's total ``Vlaanderen`` (four `total-below-largest-part` errors, and the
    real total and the rows below it an `unreadable-table` error)."""
    lines = [line.replace("West-Vlaanderen ", "West-\nVlaanderen ").replace("Oost-Vlaanderen ", "Oost-\nVlaanderen ")
             for line in PROVINCES]
    answer = read_text(HEAD + "\n".join(lines) + "\n", "wrapped.txt")
    assert answer.issues == []
    assert _cells(answer) == _province_cells(PROVINCES)
    assert [f.rule for f in audit(answer).findings] == ["parts-exceed-total"] * 4
