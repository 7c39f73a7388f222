"""Round 24b: the last total patterns outside the vocabulary (okot_audit.patterns).

tests/test_vocab24.py built the total-line patterns from one vocabulary; three readers kept
their own lists and missed words of it:

- read/pdf_wrapped.py: a block's subtotal ``Som Limburg`` / ``Subtotal Limburg`` under a
  blocks' column of wrapped names was glued to the next block's name and first row's line
  (``Som Brussel Limburg Tweedekansonderwijs …``), silently; a header of months over their
  years with a ``Som`` column was no header, and the names glued as if their figures stood
  beside their first lines, silently.
- parse/transposed.py: a table on its side whose total column is ``Eindtotaal``, ``Som``,
  ``Algemeen totaal``, ``Jaartotaal``, ``Grand Total`` was no table (``unreadable-table``);
  a periods' total line ``Som`` / ``Totaal generaal`` / ``Grand Total`` was no total line.
- parse/regions.py: a pivot table's ``Zorg Tussentotaal 77`` was read as a row named so (the
  block's subtotal summed with its rows), silently.
"""

from __future__ import annotations

import subprocess

import pytest

from okot_audit import audit, read_text
from test_middle23 import HEAD
from test_wrapped24 import MONTHS_WRAPPED_UNEVENLY

LEAD = "Hieronder vindt u het aantal unieke cursisten in de OKOT-opleidingen van VDAB per provincie en jaar.\n\n"
TAIL = "\nDat is een mooi resultaat voor iedereen.\n"


def _errors(answer) -> list[str]:
    return [f.rule for f in audit(answer).findings if f.severity != "info"]


# --- read/pdf_wrapped.py: wrapped names under a blocks' column, closed by each block's subtotal

_BLOCKS = """\
Provincie           Opleiding                               2017-2018

Brussel
                    Tweedekansonderwijs opvoeder bachelor
                    -1ste jaar                                     38
                    Graduaat master met zorgkundige educ           36
                    Verkorte verkort -1ste jaar
                    lerarenopleiding vorming                       55
                    Opvoeder bachelor                              13
WORD Brussel                                                    142
Limburg
                    Tweedekansonderwijs opvoeder bachelor
                    -1ste jaar                                     30
                    Opvoeder bachelor                              10
WORD Limburg                                                     40
Totaal                                                            182
"""


@pytest.mark.parametrize("word", ["Totaal", "Subtotaal", "Tussentotaal", "Subtotal", "Som"])
def test_a_blocks_subtotal_of_any_total_word_is_a_row_of_one_line(word):
    """Before, ``Som Brussel`` / ``Subtotal Brussel`` was a name's first line: the next block's
    name and its first row's first line were glued to it, and ``-1ste jaar`` read as a row."""
    # (the figures stay in their column: the word takes the place of as many blanks)
    table = "\n".join(
        (word + " " + line[5:]).replace(" " * len(word), "", 1) if line.startswith("WORD ") else line
        for line in _BLOCKS.split("\n")
    )
    answer = read_text(HEAD + table, "generated.txt")
    assert answer.issues == []
    assert list(dict.fromkeys((c.level, c.label) for t in answer.tables for c in t.cells)) == [
        ("row", "Tweedekansonderwijs opvoeder bachelor -1ste jaar"), ("row", "Graduaat master met zorgkundige educ"),
        ("row", "Verkorte verkort -1ste jaar lerarenopleiding vorming"), ("row", "Opvoeder bachelor"),
        ("subtotal", f"{word} Brussel"), ("subtotal", f"{word} Limburg"), ("total", "Totaal"),
    ]



def _blocks_pdf(word: str) -> bytes:
    """An fpdf2 PDF of wrapped names under a blocks' column (the figures beside each name's first
    line), each block closed by ``<word> <province>``."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    pdf.multi_cell(0, 5, "Antwoord op vraag nr. 12: het aantal unieke cursisten in een OKOT-opleiding van VDAB, "
                   "per provincie.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    rows = [("Provincie", "Opleiding", "2022"), ("Brussel", "", ""),
            ("", "Tweedekansonderwijs opvoeder", "38"), ("", "bachelor", ""), ("", "Graduaat orthopedagogie", "36"),
            (f"{word} Brussel", "", "74"), ("Limburg", "", ""),
            ("", "Tweedekansonderwijs opvoeder", "30"), ("", "bachelor", ""), ("", "Verpleegkunde", "10"),
            (f"{word} Limburg", "", "40"), ("Totaal", "", "114")]
    for block, name, figure in rows:
        y = pdf.get_y()
        for x, width, text, align in ((10, 35, block, "L"), (45, 80, name, "L"), (130, 20, figure, "R")):
            if text:
                pdf.set_xy(x, y)
                pdf.cell(width, 5, text, align=align)
        pdf.set_xy(10, y + 5)
    pdf.ln(4)
    pdf.multi_cell(0, 5, "Bron: VDAB.", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


@pytest.mark.parametrize("form", ["pdf", "pdftotext -layout"])
@pytest.mark.parametrize("word", ["Totaal", "Som", "Subtotal"])
def test_a_blocks_subtotal_of_any_total_word_in_a_pdf(word, form, tmp_path):
    """Before, the next block's name was glued to ``Som Brussel`` (``Som Brussel Limburg``),
    silently."""
    data = _blocks_pdf(word)
    if form == "pdf":
        answer = read_text(data, "a.pdf")
    else:
        (tmp_path / "a.pdf").write_bytes(data)
        text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "a.pdf"), "-"], capture_output=True, text=True,
                              check=True).stdout
        answer = read_text(text, "a.txt")
    assert answer.issues == [] and _errors(answer) == []
    assert list(dict.fromkeys((c.level, c.label) for t in answer.tables for c in t.cells)) == [
        ("row", "Tweedekansonderwijs opvoeder bachelor"), ("row", "Graduaat orthopedagogie"),
        ("subtotal", f"{word} Brussel"), ("row", "Verpleegkunde"), ("subtotal", f"{word} Limburg"), ("total", "Totaal"),
    ]

_MONTHS = MONTHS_WRAPPED_UNEVENLY.replace("     Totaal\n", " WORD\n", 1)


@pytest.mark.parametrize("word", ["Totaal", "Som", "Eindtotaal", "Jaartotaal"])
def test_a_total_column_of_any_total_word_under_months_wrapped_over_their_years(word):
    """tests/test_wrapped24.py's months with the total column named ``Som``: before, the header
    was no header and the names were glued as if their figures stood beside their first lines."""
    answer = read_text(HEAD + _MONTHS.replace(" WORD", word.rjust(11)), "generated.txt")
    assert answer.issues == []
    assert list(dict.fromkeys(c.label for t in answer.tables for c in t.cells if c.level == "row")) == [
        "Graduaat orthopedagogie", "Professionele bachelor verpleegkunde",
        "Tweedekansonderwijs opvoeder jeugd- en gehandicaptenzorg", "Tweedekansonderwijs zorgkundige"]


# --- parse/transposed.py: a table on its side

GRAND = ["Totaal", "Som", "Eindtotaal", "Jaartotaal", "Algemeen totaal", "Totaal generaal", "Grand Total", "Total"]


@pytest.mark.parametrize("layout", [True, False])
@pytest.mark.parametrize("word", GRAND)
def test_a_transposed_tables_total_column_of_any_total_word(word, layout):
    """``Jaar Antwerpen Limburg Oost-Vlaanderen Eindtotaal``: the last column totals the
    provinces. Before, any word but ``Totaal`` (and the regions') left the table unread."""
    lines = [
        ["Jaar", "Antwerpen", "Limburg", "Oost-Vlaanderen", word],
        ["2020", "812", "402", "733", "1947"], ["2021", "845", "398", "760", "2003"],
    ]
    sep = "    " if layout else " "
    if layout:
        widths = [max(len(row[k]) for row in lines) for k in range(5)]
        text = "\n".join(
            sep.join(cell.rjust(w) if k else cell.ljust(w) for k, (cell, w) in enumerate(zip(row, widths))) for row in lines
        )
    else:
        text = "\n".join(sep.join(row) for row in lines)
    answer = read_text(LEAD + text + "\n" + TAIL, "t.txt")
    assert answer.issues == [] and _errors(answer) == []
    assert [t.layout.transposed for t in answer.tables] == [True]
    assert [(c.level, c.label, c.period, c.count) for c in answer.tables[0].cells if c.label == word] == [
        ("total", word, "2020", 1947), ("total", word, "2021", 2003)]


@pytest.mark.parametrize("word", GRAND)
def test_a_transposed_tables_total_line_of_any_total_word(word):
    """A line under the periods that totals each column over them (``Som  1657  800  1493
    3950``): a total line, never a period's (before, ``Som``, ``Totaal generaal``, ``Grand
    Total``, ``Total`` were not)."""
    text = (
        "Jaar               Antwerpen    Limburg    Oost-Vlaanderen    Totaal\n"
        "2020                     812        402                733      1947\n"
        "2021                     845        398                760      2003\n"
        + word.ljust(16) + "        1657        800               1493      3950\n"
    )
    answer = read_text(LEAD + text + TAIL, "t.txt")
    assert answer.issues == [] and _errors(answer) == []
    assert [t.layout.transposed for t in answer.tables] == [True]
    assert {c.line for t in answer.tables for c in t.cells} == {4, 5, 6}
    assert [(c.level, c.label, c.period, c.count) for t in answer.tables for c in t.cells if c.line == 6] == [
        ("row", "Antwerpen", "Totaal", 1657), ("row", "Limburg", "Totaal", 800),
        ("row", "Oost-Vlaanderen", "Totaal", 1493), ("total", "Totaal", "Totaal", 3950)]


# --- parse/regions.py: a pivot table's block closed by its name, then the subtotal's word

_PIVOT = """ANTWOORD op vraag nr. 305 van 14 maart 2023 van Els Van den Broeck
1. Het aantal unieke cursisten dat een OKOT startte, per sector.

Opleiding                                                    2020   2021
Zorg
900123: Tweedekansonderwijs zorgkundige - 1ste jaar            19     25
900611: Professionele bachelor verpleegkunde - 1ste jaar       59     61
Zorg WORD                                                 77     84
Onderwijs
908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar  50     71
908017: Educatieve graduaatsopleiding                          27     52
Onderwijs WORD                                            75    120
Totaal                                                        150    200

Bron: VDAB.
"""


@pytest.mark.parametrize("layout", [True, False])
@pytest.mark.parametrize("word", ["Totaal", "Total", "Subtotaal", "Subtotal", "Tussentotaal", "TUSSENTOTAAL"])
def test_a_pivot_blocks_name_then_any_subtotal_word_closes_the_block(word, layout):
    """``Zorg Tussentotaal 77 84`` closes the block of zorg as ``Zorg Subtotaal`` does
    (tests/test_unseen_pdfs6_inputs.py). Before, it was a row named ``Zorg Tussentotaal``,
    summed with the block's rows, silently."""
    text = _PIVOT.replace(" WORD", " " + word.ljust(10)[:max(10, len(word))])
    if not layout:
        text = "\n".join(" ".join(line.split()) for line in text.split("\n"))
    answer = read_text(text, "a.txt")
    assert answer.issues == []
    assert [(c.level, c.code or c.label, c.count) for c in answer.tables[0].cells if c.period == "2020"] == [
        ("row", "900123", 19), ("row", "900611", 59), ("subtotal", f"{word} Zorg", 77),
        ("row", "908001", 50), ("row", "908017", 27), ("subtotal", f"{word} Onderwijs", 75), ("total", "Totaal", 150),
    ]


@pytest.mark.parametrize("word", ["Eindtotaal", "Som"])
def test_a_grand_totals_or_soms_word_after_a_name_closes_no_block(word):
    """The words left out of the pivot's pattern, on purpose: a grand total's word after a name
    (``Zorg Eindtotaal``) closes no block, nor does ``Som`` (a pivot's value field: ``Som van
    aantal``). The line stays as it was (not rewritten to ``Eindtotaal Zorg``)."""
    from okot_audit.parse.regions import names_before_total

    lines = tuple(_PIVOT.replace(" WORD", " " + word.ljust(10)).split("\n"))
    assert names_before_total(lines) == lines
