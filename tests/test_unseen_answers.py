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
    # the number of such a line is in a finding, never lost
    answer = read_text(HEAD + "\n".join(_with(PROVINCES, "Vlaams-Brabant", "Tabel 1 (vervolg)")) + "\n", "a.txt")
    assert [(i.kind, i.line, i.numbers) for i in answer.issues] == [("stray-number", 10, (1,))]


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
