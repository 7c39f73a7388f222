"""Rows and totals the reader could not place (numrows25), in every form an answer comes in.

- Rows named by a number (``Aantal modules  2021  2022`` / ``1  120  130``): under a header that
  names a row key whose values are numbers, a number alone in the label column is the row's
  name. Before, every such row was ``unreadable-table`` (``row-without-label``, or the name
  taken for a count's thousands). Under a header of names (``Opleiding``) such a row stays a
  lost label: said, never read.
- A subtotal's word as the last column's name (``2020  2021  Subtotaal``): it totals the
  periods before it, as a ``Totaal`` column there does. Before, no header was found
  (``unreadable-table``).
- A grand total's words naming a block (``Algemeen totaal Brussel``, ``Eindtotaal Brussel``):
  the block's closing line, as ``Totaal Brussel`` is, under the table's ``Algemeen totaal``.
  Before, the block was ``block-not-closed`` (its closing line taken for the grand total), and
  ``Algemeen totaal`` under it a block ``Algemeen`` of its own (``total-missing``).
- A footnote right below a total line that the table goes on after (``Totaal inschrijvingen`` /
  ``* voorlopige cijfers`` / ``Totaal unieke cursisten``; ``Vlaams Gewest`` / note / ``Brussel``;
  ``Subtotaal zorg`` / note / ``Onderwijs``): a note, the table going on. Before, the table ended
  at it: the rest ``unreadable-table`` and the table's total ``total-missing``.

The answers are built from persons (tests/test_unseen23.py): some persons in two rows of a
period, so each ``Totaal`` of unique persons is below its parts' sum.
"""

from __future__ import annotations

import random
from functools import lru_cache

import pytest

from okot_audit import audit, read_text

pytest.importorskip("fpdf", reason="the PDF tests need fpdf2 (pip install '.[test]')")

from test_unseen23 import (  # noqa: E402
    Answer, Row, Style, Table, _people, fold, read_cells, read_pdf_form, truth, unique_rows, write_html, write_pdf,
    write_xlsx,
)

YEARS = ["2021", "2022", "2023"]
BEFORE = [
    "Schriftelijke vraag nr. 512 van 6 juni 2024 van Nadia Sminate aan de minister van Werk.",
    "Hoeveel werkzoekenden startten in 2021, 2022 en 2023 een OKOT bij VDAB?",
    "ANTWOORD",
    "Hieronder vindt u het aantal unieke cursisten dat een OKOT startte. Wie in twee rijen voorkomt, telt één "
    "keer in het totaal.",
]
AFTER = [["De cijfers voor 2024 zijn nog niet beschikbaar."]]
PDF_STYLES = {
    "ruled-top": Style(),
    "plain-bottom": Style(ruled=False, v_align="bottom"),
    "narrow-break": Style(label_width=45, break_before=2, repeat_header=False),
}
PDF_FORMS = ["pdf", "pdftotext-layout", "pdfplumber", "pypdf"]


def _answer(head: str, keys: list[str], columns: list[str], periods: list[str], total_column: bool = False,
            twice: float = 0.04) -> Answer:
    persons = _people(random.Random(2501), keys, YEARS, {k: 20 + 17 * i for i, k in enumerate(keys)}, twice=twice,
                      gaps=0.0)
    rows = unique_rows(persons, keys, {k: k for k in keys}, YEARS, "Totaal", total_column=total_column)
    table = Table(caption="Tabel 1. Unieke cursisten die een OKOT startten.", head=head, columns=columns,
                  periods=periods, rows=rows)
    return Answer(title="OKOT's bij VDAB: gestarte cursisten", before=BEFORE, tables=[table],
                  between=AFTER)


def _forms(answer: Answer):
    """The answer as each form reads it: the PDF in each style and extractor, an annex, a web page."""
    from okot_audit.parse import parse_answer
    from okot_audit.source import source_from_bytes

    for style, look in PDF_STYLES.items():
        data = write_pdf(answer, look)
        for form in PDF_FORMS:
            yield f"{style}-{form}", read_pdf_form(data, form)
    yield "xlsx", parse_answer(source_from_bytes(write_xlsx(answer), "a.xlsx"))
    yield "html", parse_answer(source_from_bytes(write_html(answer), "a.html"))


def _exact(answer: Answer, read) -> None:
    """Every cell the truth's; no issue; no finding but information."""
    assert [i.kind for i in read.issues] == []
    assert read_cells(read) == truth(answer)
    assert [f.rule for f in audit(read).findings if f.severity != "info"] == []


# --- rows named by a number -----------------------------------------------------------------

NUMBER_HEADS = ["Aantal modules", "Leeftijd", "Jaar van opleiding"]
NUMBER_KEYS = {"Aantal modules": ["1", "2", "3", "4", "5"], "Leeftijd": ["18", "19", "20", "21"],
               "Jaar van opleiding": ["1", "2", "3"]}


@lru_cache(maxsize=None)
def _number_named(head: str) -> Answer:
    # (each person in one row of a period: a number of modules, an age is one per person — a
    # partition, whatever unit the header's words are read to count)
    return _answer(head, NUMBER_KEYS[head], YEARS, YEARS, twice=0.0)


@pytest.mark.parametrize("head", NUMBER_HEADS)
def test_rows_named_by_a_number_in_every_form(head):
    """Before: every row ``unreadable-table`` (``row-without-label``; single-spaced, the name
    joined to the first figure as its thousands)."""
    answer = _number_named(head)
    for form, read in _forms(answer):
        try:
            _exact(answer, read)
        except AssertionError as error:
            raise AssertionError(f"{form}: {error}") from error


HEAD = "ANTWOORD\nop vraag nr. 1 van 1 januari 2016\n\nHieronder vindt u het aantal unieke cursisten in de OKOT-opleidingen van VDAB.\n\n"
MODULES = """\
Aantal modules   2021   2022
1                 120    130
2                  80     95
3                  12
Totaal            200    225
"""


@pytest.mark.parametrize("spacing", ["laid-out", "single"])
def test_rows_named_by_a_number_in_text(spacing):
    """The task's example, laid out and single-spaced; a blank cell (row ``3`` in 2022) where
    the layout shows it."""
    text = MODULES if spacing == "laid-out" else "\n".join(" ".join(line.split()) for line in MODULES.splitlines()[:3]) + (
        "\nTotaal 200 225\n")
    answer = read_text(HEAD + text, "modules.txt")
    assert answer.issues == []
    cells = [(c.level, c.label, c.period, c.count) for c in answer.tables[0].cells]
    assert cells[:4] == [("row", "1", "2021", 120), ("row", "1", "2022", 130), ("row", "2", "2021", 80),
                         ("row", "2", "2022", 95)]
    if spacing == "laid-out":
        assert ("row", "3", "2021", 12) in cells and not any(c[1] == "3" and c[2] == "2022" for c in cells)
    assert [f.rule for f in audit(answer).findings if f.severity != "info"] == []


@pytest.mark.parametrize("spacing", ["laid-out", "single"])
def test_a_number_alone_under_a_header_of_names_is_still_a_lost_label(spacing):
    """Under ``Opleiding`` a number is no programme's name: the row's label was lost — said."""
    text = MODULES.replace("Aantal modules", "Opleiding     ").replace("3                  12\n", "")
    if spacing == "single":
        text = "\n".join(" ".join(line.split()) for line in text.splitlines()) + "\n"
    answer = read_text(HEAD + text, "names.txt")
    assert {i.kind for i in answer.issues} == {"unreadable-table"}
    assert not any(c.label in ("1", "2") for t in answer.tables for c in t.cells)


# --- a subtotal's word as the last column ---------------------------------------------------

NAMES = ["Graduaat verpleegkunde", "Verkorte opvoeder", "Professionele bachelor verpleegkunde",
         "Tweedekansonderwijs zorgkundige"]


@pytest.mark.parametrize("word", ["Subtotaal", "Subtotal"])
def test_a_subtotal_word_names_the_total_column_after_the_periods(word):
    """Before: no header found, the table ``unreadable-table`` in every form. (``Tussentotaal``
    does not fit these PDFs' figure columns: wrapped, ``Tussentot`` / ``aal``, it is a header
    word broken over lines — the text test below reads it whole.)"""
    answer = _answer("Opleiding", NAMES, [*YEARS, word], [*YEARS, "Totaal"], total_column=True)
    for form, read in _forms(answer):
        try:
            _exact(answer, read)
        except AssertionError as error:
            raise AssertionError(f"{form}: {error}") from error


@pytest.mark.parametrize("word", ["Subtotaal", "Tussentotaal", "Subtotal"])
@pytest.mark.parametrize("layout", [True, False])
def test_a_subtotal_column_in_text(layout, word):
    text = (f"Opleiding                 2020   2021   {word}\nGraduaat verpleegkunde     120    130    240\n"
            "Verkorte opvoeder           40     45     80\nTotaal                     160    175    320\n")
    if not layout:
        text = "\n".join(" ".join(line.split()) for line in text.splitlines()) + "\n"
    answer = read_text(HEAD + text, "sub.txt")
    assert answer.issues == []
    assert [p.label for p in answer.tables[0].periods] == ["2020", "2021", "Totaal"]
    assert [(c.label, c.count) for c in answer.tables[0].cells if c.period == "Totaal"] == [
        ("Graduaat verpleegkunde", 240), ("Verkorte opvoeder", 80), ("Totaal", 320)]


# --- a grand total's words that name a block --------------------------------------------------

def _seed_text() -> str:
    from pathlib import Path

    here = Path(__file__).resolve().parent.parent / "seeds" / "002_f58759045b60ed02.txt"
    return here.read_text(encoding="utf-8")


@pytest.mark.parametrize(("block", "grand"), [
    ("Algemeen totaal Brussel", "Algemeen totaal"), ("Algemeen totaal Brussel", "Eindtotaal"),
    ("Eindtotaal Brussel", "Eindtotaal"), ("Totaal generaal Brussel", "Totaal generaal"),
])
def test_a_grand_totals_words_naming_the_last_block_close_it_in_the_seeds_form(block, grand):
    """The care seed, its last block closed by ``<block> 57`` and the table by ``<grand> 3058``:
    read as the seed is (the block Brussel's subtotal, the grand total over the blocks)."""
    text = _seed_text().replace("\nTotaal Brussel 57\n", f"\n{block} 57\n").replace("\nEindtotaal 3058\n", f"\n{grand} 3058\n")
    answer = read_text(text, "care.txt")
    assert answer.issues == []
    cells = [(c.level, c.province, c.count) for c in answer.tables[0].cells if c.level != "row"]
    assert cells[-2:] == [("subtotal", "Brussel", 57), ("total", None, 3058)]
    assert [f.rule for f in audit(answer).findings if f.severity != "info"] == []


def _blocks_answer(closing: str, grand: str) -> Answer:
    rng = random.Random(2502)
    blocks = {"Antwerpen": NAMES[:3], "Brussel": NAMES[1:]}
    keys = [(p, n) for p, names in blocks.items() for n in names]
    persons = _people(rng, [f"{p}|{n}" for p, n in keys], YEARS, {f"{p}|{n}": 30 + 11 * i for i, (p, n) in enumerate(keys)},
                      twice=0.04, gaps=0.0)
    rows: list[Row] = []
    for province, names in blocks.items():
        rows.append(Row(province, [None] * len(YEARS), level="heading"))
        members = [f"{province}|{n}" for n in names]
        block = unique_rows(persons, members, {m: m.split("|")[1] for m in members}, YEARS,
                            closing.format(province=province), provinces={m: province for m in members})
        block[-1].level = "subtotal"
        rows += block
    rows.append(Row(grand, [persons.count({f"{p}|{n}" for p, n in keys}, q) for q in YEARS], level="total",
                    semantics="unique"))
    table = Table(caption="Tabel 1. Unieke cursisten per provincie en opleiding.", head="Opleiding", columns=YEARS,
                  periods=YEARS, rows=rows)
    return Answer(title="OKOT's in de zorg per provincie", before=BEFORE, tables=[table], between=AFTER, sector="zorg")


CLOSINGS = [("Algemeen totaal {province}", "Algemeen totaal"), ("Eindtotaal {province}", "Eindtotaal"),
            ("Totaal voor de provincie {province}", "Totaal"), ("Totaal in {province}", "Totaal"),
            ("Totaal {province}", "Totaal")]
KNOWN: dict[tuple[str, str, str], str] = {}  # (what the reader does not read yet: strict xfails)


def _block_cases():
    for closing, grand in CLOSINGS:
        for style in PDF_STYLES:
            for form in PDF_FORMS:
                reason = KNOWN.get((closing, style, form))
                yield pytest.param(closing, grand, style, form, id=f"{closing.split(' {')[0]}-{style}-{form}",
                                   marks=[pytest.mark.xfail(strict=True, reason=reason)] if reason else [])


@pytest.mark.parametrize(("closing", "grand", "style", "form"), list(_block_cases()))
def test_a_grand_totals_words_naming_each_block_close_it_in_a_pdf(closing, grand, style, form):
    """Before: the blocks ``block-not-closed`` (or, under ``Algemeen totaal``, the grand total
    read as a block ``Algemeen``'s). In the narrow label column ``Algemeen totaal Antwerpen``
    wraps below its figures (``Algemeen totaal  121  144`` / ``Antwerpen``): before, the line was
    the grand total and ``Antwerpen`` the next block's head (``block-not-closed``,
    ``duplicate-row``). ``Totaal voor de provincie Antwerpen``, ``Totaal in Antwerpen``: the
    block's name after ``voor de provincie``, ``in`` (before: no block named, ``duplicate-row``).
    Unruled, names set to the bottom of their cells, ``pdftotext -layout`` (silentwrap25): the
    province alone over its rows heads its block; before, a wrapped name's first line went to
    the row above (``Verkorte opvoeder Professionele bachelor``), silently, whatever the
    closing words."""
    answer = _blocks_answer(closing, grand)
    _exact(answer, read_pdf_form(write_pdf(answer, PDF_STYLES[style]), form))


@pytest.mark.parametrize(("closing", "grand"), CLOSINGS)
@pytest.mark.parametrize("form", ["xlsx", "html"])
def test_a_grand_totals_words_naming_each_block_close_it_in_an_annex_or_web_page(closing, grand, form):
    from okot_audit.parse import parse_answer
    from okot_audit.source import source_from_bytes

    answer = _blocks_answer(closing, grand)
    data = write_xlsx(answer) if form == "xlsx" else write_html(answer)
    _exact(answer, parse_answer(source_from_bytes(data, f"blocks.{form}")))


# --- a footnote right below a total line, the table going on below it ---------------------------

NOTE_TABLES = {
    "two-totals": """\
Opleiding                         2021      2022
Graduaat verpleegkunde             120       130
Verkorte opvoeder                   40        45
Totaal inschrijvingen              160       175
* voorlopige cijfers
Totaal unieke cursisten            150       170
""",
    "region-then-brussels": """\
Provincie                         2021      2022
Antwerpen                          120       130
Limburg                             40        45
Vlaams Gewest                      150       170
* voorlopige cijfers
Brussel                              5         6
Totaal                             155       176
""",
    "sector-blocks": """\
Opleiding                         2021      2022
Zorg
Graduaat verpleegkunde             120       130
Verkorte opvoeder                   40        45
Subtotaal zorg                     150       170
* voorlopige cijfers
Onderwijs
Educatieve bachelor                 10        12
Subtotaal onderwijs                 10        12
Totaal                             160       182
""",
}


@pytest.mark.parametrize("spacing", ["laid-out", "single"])
@pytest.mark.parametrize("shape", list(NOTE_TABLES))
def test_a_footnote_right_below_a_total_line_that_the_table_goes_on_after(shape, spacing):
    """Before: the table ended at the note — the rest ``unreadable-table`` (``table-like-lines``,
    or a header named ``* voorlopige cijfers``) and the table's total ``total-missing``."""
    text = NOTE_TABLES[shape]
    if spacing == "single":
        text = "\n".join(" ".join(line.split()) for line in text.splitlines()) + "\n"
    answer = read_text(HEAD + text + "\nDat zijn de cijfers.\n", "note.txt")
    assert answer.issues == [] and len(answer.tables) == 1
    printed = [line for line in text.splitlines()[1:] if line.split()[-1].isdigit()]
    assert len({c.line for c in answer.tables[0].cells}) == len(printed)
    assert [f.rule for f in audit(answer).findings if f.severity != "info"] == []


NOTES = {"short": "* voorlopige cijfers",
         "wrapped": "* zonder de cursisten die in een andere regio een opleiding volgden"}


def _noted_answer(note: str) -> Answer:
    """Provinces closed by ``Vlaams Gewest``, a `note` printed in the table right below it (in
    its label cell: a long one wraps there), then ``Brussel`` and ``Totaal`` over both regions."""
    provinces = ["Antwerpen", "Limburg", "Oost-Vlaanderen"]
    keys = [*provinces, "Brussel"]
    persons = _people(random.Random(2503), keys, YEARS, {"Antwerpen": 90, "Limburg": 60, "Oost-Vlaanderen": 110,
                                                          "Brussel": 20}, twice=0.02, gaps=0.0)
    flemish = unique_rows(persons, provinces, {p: p for p in provinces}, YEARS, "Vlaams Gewest",
                          provinces={p: p for p in provinces})
    flemish[-1].level = "subtotal"
    noted = Row(note, [None] * len(YEARS), level="heading")
    brussels = Row("Brussel", [persons.count("Brussel", q) or None for q in YEARS], province="Brussel")
    total = Row("Totaal", [persons.count(set(keys), q) for q in YEARS], level="total", semantics="unique")
    table = Table(caption="Tabel 1. Unieke cursisten per provincie.", head="Provincie", columns=YEARS, periods=YEARS,
                  rows=[*flemish, noted, brussels, total])
    return Answer(title="OKOT's bij VDAB per provincie", before=BEFORE, tables=[table], between=AFTER)


def _note_cases():
    for note in NOTES:
        for style in PDF_STYLES:
            for form in PDF_FORMS:
                yield pytest.param(form, style, note, id=f"{form}-{style}-{note}")


@pytest.mark.parametrize(("form", "style", "note"), list(_note_cases()))
def test_a_footnote_right_below_a_total_line_in_a_pdf(form, style, note):
    """A long note wraps in its cell (``* zonder de cursisten die in`` / ``een andere regio …``):
    its lines below the first, in lower case, are the note's too. Before (``pdftotext -layout``,
    silentwrap25): joined to the next row's name (``andere regio een opleiding volgden
    Brussel``), silently."""
    answer = _noted_answer(NOTES[note])
    _exact(answer, read_pdf_form(write_pdf(answer, PDF_STYLES[style]), form))


@pytest.mark.parametrize("form", PDF_FORMS)
def test_a_caption_that_says_per_jaar_names_no_row_key_of_numbers(form):
    """The header's own words decide, not the caption above it (``Unieke cursisten per jaar en
    per aantal modules`` over ``Opleiding  2021 …``): rows printed as a number and figures under
    ``Opleiding`` stay lost labels — said, never read."""
    answer = _answer("Opleiding", NUMBER_KEYS["Aantal modules"], YEARS, YEARS, twice=0.0)
    answer.tables[0].caption = "Tabel 1. Unieke cursisten per jaar en per aantal modules."
    read = read_pdf_form(write_pdf(answer, PDF_STYLES["ruled-top"]), form)
    assert "unreadable-table" in {i.kind for i in read.issues}
    assert not any(c.label == "1" for t in read.tables for c in t.cells)


WRAPPED_CLOSING = """\
Provincie / opleiding             2021      2022
Antwerpen
Graduaat verpleegkunde             120       130
Verkorte opvoeder                   40        45
Totaal                             150       170
Antwerpen
Limburg
Graduaat verpleegkunde              10        12
Totaal                              10        12
Limburg
Totaal                             160       182
"""


def test_a_closing_lines_block_name_wrapped_below_its_figures_in_text():
    """``Totaal  150  170`` / ``Antwerpen`` under the block ``Antwerpen`` opened: the block's
    closing line, its name wrapped below it — and ``Limburg`` right below it the next block's
    head (another province than the block's)."""
    answer = read_text(HEAD + WRAPPED_CLOSING + "\nDat zijn de cijfers.\n", "wrapped.txt")
    assert answer.issues == []
    assert [(c.level, c.province, c.label, c.count) for c in answer.tables[0].cells if c.level != "row" and c.period == "2021"] == [
        ("subtotal", "Antwerpen", "Totaal Antwerpen", 150), ("subtotal", "Limburg", "Totaal Limburg", 10),
        ("total", None, "Totaal", 160)]
    assert [f.rule for f in audit(answer).findings if f.severity != "info"] == []
