"""The text extractors make of an answer's PDF, round 18: forms earlier rounds left open.

Each test gives the text as an extractor prints it — made from a PDF drawn with fpdf2 by the
extractor itself, or written as it prints it — and asserts the exact cells and findings a
correct reader gives; each failed on the reader before its fix.
"""

from __future__ import annotations

import pytest

from okot_audit import audit, read_text

pytest.importorskip("fpdf", reason="the PDF tests need fpdf2 (pip install '.[test]')")

from test_two_column_text import (  # noqa: E402
    CELLS, FINDINGS, LEFT_FINDINGS, PROVISIONAL, text_of, two_column_pdf,
)


def cells(answer) -> list[tuple]:
    return [(c.level, c.province or c.label, c.period, c.count) for t in answer.tables for c in t.cells]


def findings(answer) -> list[tuple]:
    return [(f.rule, f.severity, f.period) for f in audit(answer).findings]


# 1. pdfplumber's single-spaced text of a page in two columns: prose beside the table.

@pytest.mark.parametrize("form", ["pdfplumber", "pdfplumber-layout"])
@pytest.mark.parametrize("across", [False, True], ids=["alone", "header-and-footer-across"])
@pytest.mark.parametrize("table_left", [False, True], ids=["table-right", "table-left"])
def test_single_spaced_text_of_a_table_beside_prose_is_read_column_by_column(table_left, across, form):
    """pdfplumber prints each visual line across both columns with one space between them
    (``… In antwoord op de vraag geef ik Antwerpen 577 601 640``): no gutter says where the
    prose ends. The table was an ``unreadable-table`` error — with the table on the right a
    generic one ("no header with periods or training codes was found"). Each row's key (a
    province, ``Totaal``) and the header's periods say where the table begins (or, on the left,
    where it ends): the page is read one column after the other, as its PDF is, each cell at the
    line that prints it."""
    text = text_of(two_column_pdf(table_left, across), form)
    answer = read_text(text, "a.txt")
    assert cells(answer) == CELLS
    # (the source's sentence under the table, across the page, makes 2022 partial)
    want = [*(LEFT_FINDINGS if table_left else FINDINGS), *(PROVISIONAL if across else [])]
    assert sorted(findings(answer), key=repr) == sorted(want, key=repr)
    lines = text.split("\n")
    for table in answer.tables:
        for cell in table.cells:
            line = lines[cell.line - 1]
            assert (cell.province or cell.label) in line and f"{cell.count:,}".replace(",", ".") in line, (cell, line)


def _unread(lines: list[str], lang: str = "en") -> list:
    """The findings on `lines` under an answer's heading; no cell read from them."""
    answer = read_text("ANTWOORD\nop vraag nr. 305 van 14 maart 2023\n\n" + "\n".join(lines) + "\n", "a.txt")
    assert cells(answer) == []
    return audit(answer, lang=lang).findings


def test_prose_beside_rows_that_no_key_opens_is_said_in_one_message():
    """Rows whose labels no key names (programmes' names) beside prose cannot be told apart
    from it: nothing is reordered and the table is an ``unreadable-table`` error, as before —
    which said only "no header with periods or training codes was found". It says now what it
    saw: the header at the end of the first line, the rows after other text on each line, and
    why they cannot be read."""
    lines = ["1. Het aantal unieke cursisten dat een OKOT startte in de Opleiding 2021 2022",
             "zorgsector, per opleiding. In antwoord op de vraag Graduaat orthopedagogie 118 131",
             "geef ik hierbij de cijfers van VDAB. Het aantal Graduaat verpleegkunde 240 251",
             "unieke cursisten staat in de tabel hiernaast. Een Bachelor in de verpleegkunde 88 90",
             "cursist kan meer dan een opleiding volgen. Totaal 440 465"]
    found = _unread(lines)
    assert [(f.rule, f.severity, f.line) for f in found] == [("unreadable-table", "error", 4)]
    assert found[0].message == (
        "lines 4\u20138 hold a table's rows after other text on every line ('1. Het aantal unieke cursisten dat een "
        "OKOT startte in de Opleiding 2021 2022' \u2026, its header 'Opleiding 2021 2022' at the end of the first): "
        "the page sets a column of prose and a table side by side, and the extractor printed one line of each on "
        "every line (pdfplumber on a page in two columns); where each row's label begins cannot be told (no "
        "province, total or category opens it), so the table there was not read and its figures (2021, 2022, 118, "
        "131, 240, 251, 88, 90, 440, 465) were not checked; give okot-audit the PDF itself or text from "
        "'pdftotext -layout'")
    assert _unread(lines, "nl")[0].message.startswith(
        "regels 4\u20138 bevatten rijen van een tabel na andere tekst op elke regel ('1. Het aantal unieke "
        "cursisten dat een OKOT startte in de Opleiding 2021 2022' \u2026, haar hoofding 'Opleiding 2021 2022' aan "
        "het eind van de eerste)")


def test_rows_that_no_key_opens_left_of_prose_stay_said_as_before():
    """What stays as it was: programmes' names left of a column of prose cannot be told from
    it either; the ``table-beside-prose`` error stays, its rows' figures listed."""
    found = _unread([
        "Opleiding 2021 2022 1. Het aantal unieke cursisten dat een OKOT startte in de",
        "Graduaat orthopedagogie 118 131 zorgsector, per opleiding. In antwoord op de vraag",
        "Graduaat verpleegkunde 240 251 geef ik hierbij de cijfers van VDAB. Het aantal",
        "Totaal 358 382 unieke cursisten staat in de tabel hiernaast."])
    assert [(f.rule, f.severity) for f in found] == [("unreadable-table", "error")]
    assert "other text after their figures" in found[0].message and "118, 131" in found[0].message
