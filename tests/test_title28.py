"""A table's title and the words of ``measure-unknown`` (session 28).

1. A table's title is its caption, or its header where there is none — never the name of the
   block that opens right below the header. Main took the first block's head into the title
   where the name was none the shipped catalogue knows as a sector or a province (``Opleiding
   2019 2020`` / ``Cultuur`` → ``Opleiding 2019 2020 Cultuur``; ``Bachelors``; the blocks of a
   header with columns under each period, of a header without periods): every report's outline
   named the table by its first block.
2. A column whose name names a measure and says more than it (``Geslaagd extra`` beside
   ``Gestart``) is read as a table of unknown measure; ``measure-unknown`` said the name "names no
   starters, graduates, drop-outs or enrolments" — wrong: it names graduates, and more. The
   message now says which measure it names, which words it says more, and what that means.
"""

from __future__ import annotations

import json

import pytest
from clitools import okot, out
from generate.extract import read_form
from generate.pdf import Document, PdfRow, PdfTable, PdfStyle, write_pdf

import test_two_level_headers as two_level
from test_meaning28 import _measure_columns

from okot_audit import audit, read_text

PROSE = "Antwoord\n\n1. Het aantal gestarte unieke cursisten.\n\n"

CULTUUR = [("909961: Podiumtechnicus - 1ste jaar", 4, 6), ("909962: Decorbouwer - 1ste jaar", 3, 4)]
ZORG = [("900711: Hoger beroepsonderwijs verpleegkunde - 1ste jaar", 5, 5)]


def _blocks(first: str, second: str, header: str = "Opleiding 2019 2020", caption: str = "") -> str:
    """A table of two blocks, each headed by its name on a line of its own and closed by its
    ``Subtotaal``, under a grand ``Totaal``."""
    lines = [caption] if caption else []
    lines.append(header)
    for name, rows in ((first, CULTUUR), (second, ZORG)):
        lines.append(name)
        lines.extend(f"{label} {a} {b}" for label, a, b in rows)
        lines.append(f"Subtotaal {name.lower()} {sum(r[1] for r in rows)} {sum(r[2] for r in rows)}")
    lines.append("Totaal 12 15")
    return PROSE + "\n".join(lines) + "\n"


@pytest.mark.parametrize("first, second", [("Cultuur", "Zorg"), ("Bachelors", "Graduaten"), ("Zorg", "Cultuur")])
def test_a_tables_title_is_its_header_never_its_first_blocks_name(first, second):
    [table] = read_text(_blocks(first, second), "a.txt").tables
    assert table.title == "Opleiding"
    assert {c.block for c in table.cells} == {first.lower(), second.lower(), None}


def test_a_caption_over_the_header_stays_the_title_without_the_first_blocks_name():
    [table] = read_text(_blocks("Cultuur", "Zorg", caption="Tabel 1: gestarte cursisten"), "a.txt").tables
    assert table.title == "Tabel 1: gestarte cursisten Opleiding"


def test_a_header_without_periods_takes_no_blocks_name():
    text = _blocks("Cultuur", "Zorg", header="Opleiding Aantal").replace(" 6\n", "\n").replace(" 4\n", "\n")
    text = text.replace(" 5 5\n", " 5\n").replace(" 7 10\n", " 7\n").replace(" 12 15\n", " 12\n")
    text = text.replace("cursisten.", "cursisten in 2021.")
    [table] = read_text(text, "a.txt").tables
    assert (table.title, [p.label for p in table.periods]) == ("Opleiding Aantal", ["2021"])
    assert [(c.block, c.count) for c in table.cells if c.level == "subtotal"] == [("cultuur", 7), ("zorg", 5)]


def test_a_header_with_columns_under_each_period_takes_no_blocks_name():
    lines = ["Opleiding 2019 2020", "Gestart Geslaagd Gestart Geslaagd", "Cultuur",
             "909961: Podiumtechnicus - 1ste jaar 4 1 6 2", "909962: Decorbouwer - 1ste jaar 3 1 4 1",
             "Subtotaal cultuur 7 2 10 3", "Zorg", "900711: Hoger beroepsonderwijs verpleegkunde - 1ste jaar 5 1 5 1",
             "Subtotaal zorg 5 1 5 1", "Totaal 12 3 15 4"]
    answer = read_text("Antwoord\n\n1. Het aantal cursisten.\n\n" + "\n".join(lines) + "\n", "a.txt")
    assert [(t.title, t.measure) for t in answer.tables] == [("Opleiding Gestart", "started"),
                                                             ("Opleiding Geslaagd", "graduated")]


def test_a_line_above_the_columns_names_that_a_closing_line_names_stays_a_caption():
    """``Man`` over ``Leeftijd 2021 2022``, ``Totaal Man`` last: the caption of the table of
    men, above its columns' names — no block's head below the header."""
    text = PROSE + "Man\nLeeftijd 2021 2022\n-25 jaar 3 4\n25-54 jaar 10 12\nTotaal Man 13 16\n"
    assert [t.title for t in read_text(text, "a.txt").tables] == ["Man Leeftijd"]


@pytest.mark.parametrize("form", ["pdf", "pdftotext-layout"])
def test_a_pdfs_table_of_blocks_takes_no_blocks_name_into_its_title(form):
    rows = [PdfRow("Cultuur", [None, None], "sector"),
            *(PdfRow(label, [a, b]) for label, a, b in CULTUUR),
            PdfRow("Subtotaal cultuur", [7, 10], "subtotal"),
            PdfRow("Zorg", [None, None], "sector"),
            *(PdfRow(label, [a, b]) for label, a, b in ZORG),
            PdfRow("Subtotaal zorg", [5, 5], "subtotal"),
            PdfRow("Totaal", [12, 15], "total")]
    data = write_pdf(Document(["Antwoord", "1. Het aantal gestarte unieke cursisten.",
                               PdfTable("Opleiding", ["2019", "2020"], rows)]), PdfStyle())
    [table] = read_form(data, form).tables
    assert "Cultuur" not in table.title
    assert table.title.startswith("Opleiding")


@pytest.mark.parametrize("fmt", ["text", "markdown", "html", "json"])
def test_every_reports_outline_names_the_table_by_its_header(tmp_path, fmt):
    (tmp_path / "answer.txt").write_text(_blocks("Cultuur", "Zorg"), encoding="utf-8")
    result = okot("check", "answer.txt", "--format", fmt, "--no-cache", cwd=tmp_path)
    assert result.returncode == 0, out(result)
    assert "Opleiding" in out(result)
    assert "Cultuur" not in out(result)  # (the block's name is in no title; its rows print no name)
    if fmt == "json":
        [document] = json.loads(out(result))["documents"]
        assert [t["title"] for t in document["tables"]] == ["Opleiding"]


# 2. measure-unknown's words for a name that says more than a measure -----------------------------

@pytest.mark.parametrize("spaced", [True, False], ids=["laid-out", "single-spaced"])
def test_a_column_whose_name_says_more_than_a_measure_is_said_so_in_both_languages(spaced):
    answer = read_text(_measure_columns(["Gestart", "Geslaagd extra"], spaced), "a.txt")
    [en] = audit(answer).findings
    assert (en.rule, en.line) == ("measure-unknown", 5)
    assert en.message == (
        "the column 'Geslaagd extra' that the table \"Provincie\" (line 5) prints beside 'Gestart' says more than "
        "what it counts: 'Geslaagd extra' names graduates but also 'extra', so it is not read as graduates; its "
        "figures are read and their totals checked, but what they count is not known and they cannot be compared "
        "with other answers' graduates")
    assert "names no starters" not in en.message
    [nl] = audit(answer, lang="nl").findings
    assert nl.message == (
        "de kolom 'Geslaagd extra' die de tabel \"Provincie\" (regel 5) afdrukt naast 'Gestart' zegt meer dan wat "
        "ze telt: 'Geslaagd extra' noemt geslaagden maar ook 'extra', dus ze is niet als geslaagden gelezen; de "
        "cijfers zijn gelezen en hun totalen gecontroleerd, maar wat ze tellen is niet bekend en ze zijn niet te "
        "vergelijken met de geslaagden van andere antwoorden")


@pytest.mark.parametrize("form", ["laid-out", "pdf-cells", "xlsx"])
def test_a_column_under_each_period_whose_name_says_more_names_its_measure_and_the_words(form):
    answer = two_level._read(form, two_level.PARAGRAPHS["provincie"], "Provincie", ["2022", "2023"],
                             ["gestart", "geslaagd extra"], two_level.PROVINCE_ROWS)
    assert [(t.measure, t.column) for t in answer.tables] == [("started", "gestart"), ("unknown", "geslaagd extra")]
    [message] = [f.message for f in audit(answer).findings if f.rule == "measure-unknown"]
    assert ("prints under each period beside 'gestart' says more than what it counts: 'geslaagd extra' names "
            "graduates but also 'extra', so it is not read as graduates") in message
    [dutch] = [f.message for f in audit(answer, lang="nl").findings if f.rule == "measure-unknown"]
    assert "onder elke periode afdrukt naast 'gestart' zegt meer dan wat ze telt: 'geslaagd extra' noemt " \
           "geslaagden maar ook 'extra'" in dutch


def test_a_column_that_names_no_measure_keeps_its_words():
    answer = read_text(_measure_columns(["Gestart", "Uitgevoerd"], True), "a.txt")
    [en] = audit(answer).findings
    assert "'Uitgevoerd' names no starters, graduates, drop-outs or enrolments" in en.message
