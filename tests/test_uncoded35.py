"""uncoded35: silent readings in tables whose rows carry no code, left open by session 34.

1. dash34 without codes. With codes (tests/test_sweep34.py, seed 6095) ``632426: leefgroepenwerking
   2 - 3`` / ``- verkort traject - 2de jaar`` / ``Verkorte jeugd- 40 62 102`` is one row. Without
   them, the lines of words below ``kinderzorg 47 89 108`` were read as the end of kinderzorg's name
   on their lower case alone (a programme's name opens with a capital, so lower case goes on) —
   silently, though in this table a name opens in lower case itself (``kinderzorg``), so the case
   tells nothing: the words may as well open the next row's name, its figures on its last line (as
   the codes show they do). The reading stands and is said (``stray-number``,
   ``words-between-rows``), with both names and the numbers among the words (``2 - 3`` may be a
   row's figures under three periods). Where every name opens with a capital the case tells, and
   the rows read right, nothing said (the seeds' form of the generated answers: names open with a
   capital). The PDF itself and ``pdftotext -layout`` place the figures beside the names' lines
   and read right; plain ``pdftotext`` puts each figure on a line of its own and is said.
2. uncoded34. ``Kapper - 12`` (said: its dash may be a blank's or join the name to the line below)
   over ``individueel - deel 2 2 - 3`` (said: more numbers than a name holds) over ``Educatieve 31
   29``: Educatieve read as a row of its own is right — a capital opens a name, and the line above
   cannot be its name's first line (a name holds one number or range; the rest are a row's
   figures). Its neighbour with the next row in lower case (``educatieve 31 29``) was read as ONE
   row ``individueel - deel 2 2 - 3 educatieve`` counting 31 and 29, the 2, 2 and 3 name text,
   silently: a line with more numbers than a name holds opens no name either; it is said, and
   ``educatieve`` is a row of its own.
"""

from __future__ import annotations

import functools

import pytest

from generate.extract import read_form
from generate.pdf import Document, PdfRow, PdfStyle, PdfTable, write_pdf
from okot_audit import audit, read_text

# -- 1. the dashed rest of test_sweep34's seed 6095, without codes -----------------------------

_HEAD = """\
OKOT's - Onderwijssector

2. Hieronder vindt u een overzicht van het aantal werkzoekenden dat een opleiding heeft stopgezet.

Unieke cursisten die hun opleiding stopgezet
hebben 2021 2022* Totaal
"""
_TOTALS = "Totaal inschrijvingen 87 151 238\nTotaal unieke cursisten 72 146 180\n"
_FOOT = "\n\n*Voor het jaar 2022 zijn enkel cijfers opgenomen van de eerste jaarhelft.\n"
_DASHED = "kinderzorg 47 89 108\nleefgroepenwerking 2 - 3\n- verkort traject - 2de jaar\nVerkorte jeugd- 40 62 102\n"


def _rows(answer) -> dict[tuple[int, str], list[int]]:
    rows: dict[tuple[int, str], list[int]] = {}
    for table in answer.tables:
        for cell in table.cells:
            if cell.level == "row":
                rows.setdefault((cell.line, cell.label), []).append(cell.count)
    return rows


def _said(answer) -> list[tuple]:
    return [(i.kind, i.reason, i.line, i.numbers, i.label, i.other, i.other_line) for i in answer.issues]


def test_a_dashed_rest_below_a_lower_case_name_is_said_as_either_rows_name() -> None:
    """Before: ``kinderzorg leefgroepenwerking 2 - 3 - verkort traject - 2de jaar`` and ``Verkorte
    jeugd-``, info findings only."""
    answer = read_text(_HEAD + _DASHED + _TOTALS + _FOOT, "d.txt")
    taken = "kinderzorg leefgroepenwerking 2 - 3 - verkort traject - 2de jaar"
    assert _rows(answer) == {(7, taken): [47, 89, 108], (10, "Verkorte jeugd-"): [40, 62, 102]}
    assert _said(answer) == [("stray-number", "words-between-rows", 8, (2, 3), taken, "Verkorte jeugd-", 10)]


def test_the_words_between_rows_are_said_in_both_languages_with_both_names() -> None:
    text = _HEAD + _DASHED + _TOTALS + _FOOT
    for lang, words in (("en", ("'Verkorte jeugd-' (line 10)", "numbers 2, 3", "lower case")),
                        ("nl", ("'Verkorte jeugd-' (regel 10)", "getallen 2, 3", "kleine letter"))):
        [finding] = [f for f in audit(read_text(text, "d.txt"), lang=lang).findings if f.rule == "stray-number"]
        assert (finding.severity, finding.line) == ("warning", 8)
        assert "'leefgroepenwerking 2 - 3 - verkort traject - 2de jaar'" in finding.message
        assert all(w in finding.message for w in words), finding.message


@pytest.mark.parametrize(("rows", "taken", "numbers"), [
    # a name wrapped over two lines, three, four (the row's own line and its rest)
    ("kinderzorg 47 89 108\nleefgroepenwerking\nVerkorte jeugd 40 62 102\n", "leefgroepenwerking", ()),
    ("kinderzorg 47 89 108\nleefgroepenwerking\n- verkort traject\nVerkorte jeugd 40 62 102\n",
     "leefgroepenwerking - verkort traject", ()),
    ("kinderzorg 47 89 108\nleefgroepenwerking\nvoor volwassenen\n- verkort traject\nVerkorte jeugd 40 62 102\n",
     "leefgroepenwerking voor volwassenen - verkort traject", ()),
    # a name's own number, its own range
    ("kinderzorg 47 89 108\nleefgroepenwerking module 5\nVerkorte jeugd 40 62 102\n", "leefgroepenwerking module 5", (5,)),
    ("kinderzorg 47 89 108\nleefgroepenwerking 2 - 3\nVerkorte jeugd 40 62 102\n", "leefgroepenwerking 2 - 3", (2, 3)),
    # the next row's name in lower case, every line so
    ("kinderzorg 47 89 108\nleefgroepenwerking\njeugd 40 62 102\n", "leefgroepenwerking", ()),
], ids=["two-lines", "three-lines", "four-lines", "own-number", "own-range", "all-lower"])
def test_words_below_a_row_where_names_open_in_lower_case_are_said(rows: str, taken: str, numbers: tuple) -> None:
    """Before: each read as the end of kinderzorg's name, nothing said."""
    answer = read_text(_HEAD + rows + _TOTALS, "n.txt")
    [(kind, reason, line, said_numbers, label, other, other_line)] = _said(answer)
    below = max(line for line, _ in _rows(answer))
    assert (kind, reason, line, said_numbers, label) == (
        "stray-number", "words-between-rows", 8, numbers, f"kinderzorg {taken}")
    assert other_line == below and _rows(answer)[(below, other)] == [40, 62, 102]


def test_a_lower_case_name_elsewhere_in_the_table_voids_the_case_too() -> None:
    """``kinderzorg`` two rows up: the case does not tell a name's first line in this table."""
    rows = "kinderzorg 1 2 3\nKapper 47 89 108\nleefgroepenwerking\nVerkorte jeugd 40 62 102\n"
    answer = read_text(_HEAD + rows + "Totaal 88 153 213\n", "e.txt")
    assert [(i.reason, i.line, i.label, i.other_line) for i in answer.issues] == [
        ("words-between-rows", 9, "Kapper leefgroepenwerking", 10)]


@pytest.mark.parametrize(("rows", "names"), [
    # dash34's table, its names with capitals: the figures on the name's last line, one row
    ("Kinderzorg 47 89 108\nEducatieve leefgroepenwerking 2 - 3\n- verkort traject - 2de jaar\njeugd en gezin 40 62 102\n",
     {(7, "Kinderzorg"): [47, 89, 108],
      (10, "Educatieve leefgroepenwerking 2 - 3 - verkort traject - 2de jaar jeugd en gezin"): [40, 62, 102]}),
    # the words in lower case below a capital's row, a capital below them: that row's name's end
    ("Kinderzorg 47 89 108\nleefgroepenwerking 2 - 3\n- verkort traject - 2de jaar\nVerkorte jeugd 40 62 102\n",
     {(7, "Kinderzorg leefgroepenwerking 2 - 3 - verkort traject - 2de jaar"): [47, 89, 108],
      (10, "Verkorte jeugd"): [40, 62, 102]}),
    ("Kinderzorg 47 89 108\nleefgroepenwerking\nVerkorte jeugd 40 62 102\n",
     {(7, "Kinderzorg leefgroepenwerking"): [47, 89, 108], (9, "Verkorte jeugd"): [40, 62, 102]}),
], ids=["dash34-capitals", "rest-above", "plain-rest"])
def test_where_every_name_opens_with_a_capital_the_case_tells_and_nothing_is_said(rows: str, names: dict) -> None:
    """Negatives: the generated answers' form (a programme's name opens with a capital)."""
    answer = read_text(_HEAD + rows + _TOTALS, "c.txt")
    assert _rows(answer) == names
    assert answer.issues == []


def test_a_range_between_two_capitals_that_no_reading_fits_says_every_number_of_it() -> None:
    """``Educatieve leefgroepenwerking 2 - 3`` between two names with capitals: a row (2, a blank, 3)
    the additive totals do not fit (87 is not 47 + 2 + 40), or a name's range with no figures —
    said. Before: said with the number 3 alone, its label without ``2 - 3``: the 2 said nowhere."""
    rows = ("Kinderzorg 47 89 108\nEducatieve leefgroepenwerking 2 - 3\n- verkort traject - 2de jaar\n"
            "Verkorte jeugd- 40 62 102\n")
    answer = read_text(_HEAD + rows + _TOTALS, "f.txt")
    assert _rows(answer) == {(7, "Kinderzorg"): [47, 89, 108], (10, "Verkorte jeugd-"): [40, 62, 102]}
    assert [(i.kind, i.reason, i.line, i.numbers, i.unread) for i in answer.issues] == [
        ("ambiguous-alignment", "no-fit", 8, (2, 3), True)]


_NAME = "leefgroepenwerking 2 - 3 - verkort traject - 2de jaar Verkorte jeugd-"


@functools.lru_cache(maxsize=None)
def _pdf(v_align: str) -> bytes:
    rows = [PdfRow("kinderzorg", [47, 89, 108]), PdfRow(_NAME, [40, 62, 102]),
            PdfRow("Totaal inschrijvingen", [87, 151, 238], level="total"),
            PdfRow("Totaal unieke cursisten", [72, 146, 180], level="total")]
    table = PdfTable("Unieke cursisten die hun opleiding stopgezet hebben", ["2021", "2022*", "Totaal"], rows)
    document = Document(["OKOT's - Onderwijssector", "2. Hieronder vindt u een overzicht van het aantal werkzoekenden "
                         "dat een opleiding heeft stopgezet.", table])
    style = PdfStyle(ruled=False, v_align=v_align, label_width=40, running_header=None, page_numbers=None)
    return write_pdf(document, style, span=0)


@pytest.mark.parametrize("v_align", ["TOP", "MIDDLE", "BOTTOM"])
@pytest.mark.parametrize("form", ["pdf", "pdftotext-layout"])
def test_the_pdf_and_its_laid_out_text_place_the_figures_beside_the_names_lines(form: str, v_align: str) -> None:
    """The same table printed in a PDF (its name's lines in one cell): read right, nothing said."""
    answer = read_form(_pdf(v_align), form)
    assert {label: values for (_, label), values in _rows(answer).items()} == {
        "kinderzorg": [47, 89, 108], _NAME: [40, 62, 102]}
    assert answer.issues == []


def test_plain_pdftotext_of_the_table_is_said() -> None:
    """Plain ``pdftotext``: each figure a paragraph of its own — no row read, the table said."""
    answer = read_form(_pdf("TOP"), "pdftotext")
    assert _rows(answer) == {}
    assert [(i.kind, i.reason, i.unread) for i in answer.issues] == [
        ("unreadable-table", "one-figure-per-line", True)]
    assert set(answer.issues[0].numbers) >= {47, 89, 108, 40, 62, 102}


# -- 2. a line with more numbers than a name holds, between two rows -----------------------------

_FIRST = ("Vraag nr. 163 van 18 juni 2020\n\n"
          "2. Hieronder vindt u het aantal unieke cursisten per opleiding.\n\n"
          "Opleiding 2018 geslaagd 2018 gestart\n")


@pytest.mark.parametrize("line", ["individueel - deel 2 2 - 3", "individueel - deel 2 2"])
@pytest.mark.parametrize("kapper", ["Kapper 12 5", "Kapper - 12"])
def test_a_line_with_more_numbers_than_a_name_holds_opens_no_lower_case_name(kapper: str, line: str) -> None:
    """Before: ``individueel - deel 2 2 - 3 educatieve`` counting 31 and 29 (its 2, 2 and 3 name
    text), nothing said at line 7."""
    answer = read_text(_FIRST + f"{kapper}\n{line}\neducatieve 31 29\nBakker 7 8\nTotaal 48 42\n", "k.txt")
    rows = _rows(answer)
    assert rows[(8, "educatieve")] == [31, 29] and rows[(9, "Bakker")] == [7, 8]
    assert not any(line == 7 or "individueel" in label for line, label in rows)
    assert any(i.kind == "ambiguous-alignment" and i.line == 7 and i.unread for i in answer.issues)


@pytest.mark.parametrize("line", ["individueel - deel 2 2 - 3", "individueel - deel 2 2"])
def test_a_capital_row_below_a_said_line_is_a_row_of_its_own(line: str) -> None:
    """``Kapper - 12`` said, the line below said; ``Educatieve 31 29`` read as a row of its own is
    right: a capital opens a name, and a line with more numbers than a name holds is no name's
    first line (its numbers are a row's figures). Pinned, both said lines with it."""
    answer = read_text(_FIRST + f"Kapper - 12\n{line}\nEducatieve 31 29\nBakker 7 8\nTotaal 48 42\n", "k.txt")
    assert _rows(answer) == {(8, "Educatieve"): [31, 29], (9, "Bakker"): [7, 8]}
    assert sorted((i.kind, i.line, i.unread) for i in answer.issues) == [
        ("ambiguous-alignment", 6, True), ("ambiguous-alignment", 7, True)]
