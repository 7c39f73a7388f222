"""Subset lead-ins, a stage name's capitalised end, a code after prose in PDFs (session 31, subset31).

1. ``w.o. vrouwen 12 10`` / ``o.a. 903632: … 12 10`` below a row: abbreviations of ``waaronder``
   and ``onder andere`` that open a subset of the line above it, as ``waarvan`` does (DOMAIN.md:
   a subset line is no part of the total). Before: said as ``stray-number`` (``W.o. 903632: …``:
   ``code-after-prose``), never checked against its line.
2. A coded row's figures beside its name's first line and the name's end below them, the end
   opening with a capital (``900731: Zorgkundige met 10`` / ``Se-n-se voor - module 1``), under
   one period: where the table's other coded rows end in the same words and their numbers count
   up by one (``module 1``, ``module 2``, ``module 3``: the stages of one programme), each end is
   its row's name's. Before: each said as ``stray-number``, every label cut at ``Zorgkundige met``.
   Rows whose codes were lost would be one name listed again and again.
3. ``Zie ook opleiding 903632: …`` (``code-after-prose``, prose30) through PDFs and every
   extractor: pypdf (the figures below the name), pdfplumber (the name's end below the figures)
   said it as ``stray-number`` and pdfplumber silently cut the row above's label
   (``Educatieve bachelor voor``); now every form says it at its line, the row above whole.
"""

from __future__ import annotations

import pytest

from generate.extract import EXTRACTORS, read_form
from generate.pdf import Document, PdfRow, PdfStyle, PdfTable, write_pdf
from okot_audit import audit, read_text

HEAD = "Hieronder het aantal unieke cursisten per opleiding.\n\nOpleiding 2021 2022\n"
ROWS = ("903631: Graduaat orthopedagogie - 1ste jaar 138 91\n"
        "908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 26 121\n")


def _rows(answer) -> dict:
    return {(c.code or c.label, c.period): c.count for t in answer.tables for c in t.cells if c.level == "row"}


def _labels(answer) -> dict:
    return {c.code: c.label for t in answer.tables for c in t.cells if c.code}


def _kinds(answer) -> list[tuple[str, str | None, int]]:
    return [(i.kind, i.reason, i.line) for i in answer.issues]


# --- 1. subset lead-ins -------------------------------------------------------------------------


@pytest.mark.parametrize("lead", ["w.o.", "o.a.", "W.o.", "O.a.", "waaronder", "waarvan"])
@pytest.mark.parametrize("rest", ["vrouwen", "903632: Graduaat orthopedagogie - 2de jaar"])
def test_an_abbreviated_lead_in_opens_a_subset_of_the_line_above(lead, rest):
    """``w.o. vrouwen 12 10`` below a row: the row's subset, checked against it, no part of the
    total. Before (``w.o.``, ``o.a.``): ``stray-number`` (``W.o. 903632: …``: ``code-after-prose``)."""
    text = HEAD + ROWS + f"{lead} {rest} 12 10\nTotaal 164 212\n"
    answer = read_text(text, "subset.txt")
    assert _kinds(answer) == [("column-not-checked", "subset-rows", 6)]
    (table,) = answer.tables
    assert [(s.line, s.period, s.count, s.of_line) for s in table.subsets] == [(6, "2021", 12, 5), (6, "2022", 10, 5)]
    assert _rows(answer) == {("903631", "2021"): 138, ("903631", "2022"): 91,
                             ("908001", "2021"): 26, ("908001", "2022"): 121}
    rules = [f.rule for f in audit(answer).findings]
    assert "stray-number" not in rules and "unreadable-table" not in rules


@pytest.mark.parametrize("lead", ["w.o.", "o.a."])
def test_an_abbreviated_subset_larger_than_its_line_is_an_error(lead):
    """The subset is checked as ``waarvan``'s is: 30 women of a row counting 26 cannot be."""
    text = HEAD + ROWS + f"{lead} vrouwen 30 10\nTotaal 164 212\n"
    findings = audit(read_text(text, "subset.txt")).findings
    below = [f for f in findings if f.rule == "total-below-largest-part"]
    assert below and below[0].severity == "error" and "30" in below[0].message


def test_prose_with_o_a_outside_a_table_stays_prose():
    """``o.a.`` in a sentence before the table (its numbers prose's): no cell, no subset."""
    text = ("Er zijn o.a. 12 opleidingen in 2021 gestart, w.o. 3 in de zorg.\n\n"
            + HEAD.split("\n\n", 1)[1] + ROWS + "Totaal 164 212\n")
    answer = read_text(text, "prose.txt")
    assert answer.issues == []
    (table,) = answer.tables
    assert table.subsets == []
    assert _rows(answer) == {("903631", "2021"): 138, ("903631", "2022"): 91,
                             ("908001", "2021"): 26, ("908001", "2022"): 121}


def test_a_rows_name_with_o_a_inside_stays_a_row():
    """``Zorgopleidingen o.a. thuiszorg 12 10``: ``o.a.`` inside a programme's name opens nothing."""
    text = ("Hieronder het aantal unieke cursisten per opleiding.\n\nOpleiding 2021 2022\n"
            "Graduaat orthopedagogie 138 91\nZorgopleidingen o.a. thuiszorg 12 10\nTotaal 150 101\n")
    answer = read_text(text, "name.txt")
    assert answer.issues == []
    assert _rows(answer) == {("Graduaat orthopedagogie", "2021"): 138, ("Graduaat orthopedagogie", "2022"): 91,
                             ("Zorgopleidingen o.a. thuiszorg", "2021"): 12,
                             ("Zorgopleidingen o.a. thuiszorg", "2022"): 10}
    assert answer.tables[0].subsets == []


# --- 2. a stage name's capitalised end below its figures -----------------------------------------

INTRO = "Antwoord op vraag nr. 12 van 3 maart 2023 over de OKOT-trajecten van VDAB."
CAPTION = "Unieke cursisten met gestarte OKOT'(s)"


def _single_spaced(ends: list[str], counts: list[int], total: int) -> str:
    """Single-spaced text (pdfplumber): each coded row's figure on its name's first line, the
    name's end below it."""
    lines = [INTRO, "", CAPTION, "", "Opleiding 2021"]
    for i, (end, count) in enumerate(zip(ends, counts)):
        lines += [f"9007{31 + i:02d}: Zorgkundige met {count}", end]
    return "\n".join([*lines, f"Totaal {total}"]) + "\n"


@pytest.mark.parametrize("word,start,count", [("module", 1, 3), ("deel", 2, 2), ("Fase", 1, 4)])
def test_capitalised_stage_ends_that_count_up_are_their_names(word, start, count):
    ends = [f"Se-n-se voor - {word} {start + i}" for i in range(count)]
    counts = [10 + 7 * i for i in range(count)]
    answer = read_text(_single_spaced(ends, counts, sum(counts) - 1), "a.txt")
    assert _labels(answer) == {f"9007{31 + i:02d}": f"Zorgkundige met {end}" for i, end in enumerate(ends)}
    assert _rows(answer) == {(f"9007{31 + i:02d}", "2021"): c for i, c in enumerate(counts)}
    assert answer.issues == []


@pytest.mark.parametrize("numbers", [(1, 3, 5), (2, 2, 2), (3, 2, 1)])
def test_ends_whose_numbers_do_not_count_up_stay_said(numbers):
    """``module 1`` / ``module 3`` / ``module 5`` (or the same number each time): no run of stages —
    each number may be a count of a row whose code was lost; said, as before."""
    ends = [f"Se-n-se voor - module {n}" for n in numbers]
    answer = read_text(_single_spaced(ends, [10, 17, 24], 50), "a.txt")
    assert [i.kind for i in answer.issues] == ["stray-number"] * 3
    assert set(_labels(answer).values()) == {"Zorgkundige met"}


def test_one_capitalised_end_alone_stays_said():
    """One row's end below its figure, no other row's to count up with: said (test_silent27)."""
    answer = read_text(_single_spaced(["Se-n-se voor - module 1"], [10], 11)
                       .replace("Totaal 11", "900740: Graduaat orthopedagogie 5\nTotaal 16"), "a.txt")
    assert [(i.kind, i.numbers) for i in answer.issues] == [("stray-number", (1,))]


def _stage_pdf() -> bytes:
    rows = [PdfRow(f"9007{31 + i:02d}: Zorgkundige met Se-n-se voor - module {i + 1}", [10 + i]) for i in range(3)]
    table = PdfTable("Opleiding", ["2021"], [*rows, PdfRow("Totaal", [30], level="total")])
    return write_pdf(Document([INTRO, CAPTION, table]), PdfStyle(v_align="TOP", label_width=45.0))


@pytest.mark.parametrize("form", ["pdf", "pdfplumber", "pdfplumber-layout", "pdftotext-layout"])
def test_every_form_that_prints_the_end_below_the_figure_reads_it_into_the_name(form):
    """pdfplumber (plain and ``layout``) said each ``Se-n-se voor - module k`` as ``stray-number``."""
    answer = read_form(_stage_pdf(), form)
    assert _labels(answer) == {f"9007{31 + i:02d}": f"Zorgkundige met Se-n-se voor - module {i + 1}" for i in range(3)}
    assert not [i for i in answer.issues if i.kind == "stray-number"]


# --- 3. a code after prose, through PDFs ---------------------------------------------------------


def _prose_pdf(words: str) -> bytes:
    rows = [PdfRow("903631: Graduaat orthopedagogie - 1ste jaar", [138, 91]),
            PdfRow("908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar", [26, 121]),
            PdfRow(f"{words} 903632: Graduaat orthopedagogie - 2de jaar", [67, 123]),
            PdfRow("Totaal", [231, 335], level="total")]
    table = PdfTable("Opleiding", ["2021", "2022"], rows)
    return write_pdf(Document(["Hieronder het aantal unieke cursisten per opleiding.", table]), PdfStyle())


@pytest.mark.parametrize("words", ["Zie ook opleiding", "Vergelijk met"])
@pytest.mark.parametrize("form", ["pdf", *EXTRACTORS])
def test_a_code_after_prose_is_said_in_every_form(form, words):
    """pypdf (the figures below the wrapped name) and pdfplumber (the name's end below the
    figures) said ``stray-number`` only, pdfplumber cutting 908001's label silently."""
    answer = read_form(_prose_pdf(words), form)
    said = [(i.reason, i.other, i.text, i.numbers) for i in answer.issues]
    assert said == [("code-after-prose", "903632", words, (67, 123))]
    assert _labels(answer) == {"903631": "Graduaat orthopedagogie - 1ste jaar",
                               "908001": "Educatieve bachelor voor kleuteronderwijs - 1ste jaar"}
    assert "unreadable-table" in [f.rule for f in audit(answer).findings]


@pytest.mark.parametrize("body,line", [
    # pdfplumber: the row above's name ends below its figures, the prose row's too
    ("908001: Educatieve bachelor voor 26 121\nkleuteronderwijs - 1ste jaar\n"
     "Zie ook opleiding 903632: Graduaat 67 123\northopedagogie - 2de jaar\n", 7),
    # pypdf: the prose row's name wraps, its figures on a line of their own below it
    ("908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 26 121\n"
     "Zie ook opleiding 903632: Graduaat\northopedagogie - 2de jaar\n67 123\n", 8),
])
def test_the_extractors_shapes_as_text(body, line):
    text = HEAD + "903631: Graduaat orthopedagogie - 1ste jaar 138 91\n" + body + "Totaal 231 335\n"
    answer = read_text(text, "a.txt")
    assert [(i.reason, i.line, i.other, i.numbers) for i in answer.issues] == [
        ("code-after-prose", line, "903632", (67, 123))]
    assert _labels(answer)["908001"] == "Educatieve bachelor voor kleuteronderwijs - 1ste jaar"


def test_a_sentence_with_a_code_below_the_rows_is_no_row():
    """``Zie ook opleiding 903632: cijfers volgen.`` (a sentence, no figures) under the table: no row."""
    text = HEAD + ROWS + "Totaal 164 212\n\nZie ook opleiding 903632: de cijfers volgen later.\n"
    answer = read_text(text, "a.txt")
    assert answer.issues == []
    assert len(_rows(answer)) == 4
