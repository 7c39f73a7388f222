"""Prose before a training code inside a table's row (session 30, prose30): ``Zie ook opleiding
903632: … 138 91`` is no row of programme 903632, nor a row without code — whether its figures
count the code's programme or what the words say cannot be told. A code (six digits and a colon)
after words in a row's label is the row's code only where the words are a block's cell
(``Zorg en welzijn 903631: …`` … ``Subtotaal zorg en welzijn``: test_block30); after a subset's
lead-in (``waarvan 903633: …``) the line is a subset line; any other such row is said at its line
(``unreadable-table``, reason ``code-after-prose``: the code and the words named), not read.

Before: the row was read as a row without code, the code inside its name; the only finding a
``code-unknown`` warning — a wrong reading nearly unnoticed."""

from __future__ import annotations

import pytest

from okot_audit import audit, read_text

HEAD = "Hieronder het aantal unieke cursisten per opleiding.\n\nOpleiding 2021 2022\n"
ROWS = ("903631: Graduaat orthopedagogie - 1ste jaar 138 91\n"
        "908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 26 121\n")


def _prose_issues(answer):
    return [i for i in answer.issues if i.reason == "code-after-prose"]


def _cells_with_code_in_label(answer, code: str):
    return [c for t in answer.tables for c in t.cells if c.label and code in c.label]


@pytest.mark.parametrize("words", ["Zie ook opleiding", "Vergelijk met", "Zie ook", "Idem voor"])
@pytest.mark.parametrize("total", [True, False])
def test_a_code_after_prose_in_a_rows_label_is_said_not_read_as_a_row_without_code(words, total):
    """``Zie ook opleiding 903632: … 67 123`` among coded rows: said at its line with the code and
    the words, its figures in no cell. Before: a row without code named ``Zie ook opleiding
    903632: …`` (only ``code-unknown``)."""
    text = (HEAD + ROWS + f"{words} 903632: Graduaat orthopedagogie - 2de jaar 67 123\n"
            + ("Totaal 231 335\n" if total else "") + "\nBron: VDAB.\n")
    answer = read_text(text, "prose.txt")
    said = _prose_issues(answer)
    assert [(i.kind, i.line, i.other, i.text, i.numbers) for i in said] == [
        ("unreadable-table", 6, "903632", words, (67, 123))]
    assert _cells_with_code_in_label(answer, "903632") == []
    rules = [f.rule for f in audit(answer).findings]
    assert "unreadable-table" in rules and "code-unknown" not in rules


def test_the_message_names_the_code_and_the_words_in_english_and_dutch():
    text = HEAD + ROWS + "Zie ook opleiding 903632: Graduaat orthopedagogie - 2de jaar 67 123\nTotaal 231 335\n"
    answer = read_text(text, "prose.txt")
    for lang in ("en", "nl"):
        (finding,) = [f for f in audit(answer, lang=lang).findings if f.rule == "unreadable-table"]
        assert finding.line == 6 and finding.severity == "error"
        assert "903632" in finding.message and "'Zie ook opleiding'" in finding.message
        assert "67, 123" in finding.message
        assert ("niet gelezen" if lang == "nl" else "not read") in finding.message


# --- negatives: what is read as before -------------------------------------------------------


def test_six_digits_without_a_colon_in_a_label_are_no_code_after_prose():
    """A row's label that holds six digits not followed by a colon (a file's number): read as before."""
    text = ("Hieronder het aantal unieke cursisten per provincie.\n\nProvincie 2021 2022\n"
            "Antwerpen (dossier 123456) 138 91\nLimburg 26 121\nTotaal 164 212\n")
    answer = read_text(text, "digits.txt")
    assert _prose_issues(answer) == []
    assert [c.count for t in answer.tables for c in t.cells if c.level == "row" and c.period == "2021"] == [138, 26]


def test_a_blocks_cell_before_a_code_is_the_blocks_not_prose():
    text = ("Hieronder het aantal unieke cursisten per sector.\n\nSector Opleiding 2021 2022\n"
            "Zorg en welzijn 903631: Graduaat orthopedagogie - 1ste jaar 138 91\n"
            "903632: Graduaat orthopedagogie - 2de jaar 67 123\nSubtotaal zorg en welzijn 200 210\n"
            "Totaal 200 210\n")
    answer = read_text(text, "block.txt")
    assert answer.issues == []
    assert sorted(c.code for t in answer.tables for c in t.cells if c.level == "row" and c.period == "2021") == [
        "903631", "903632"]


@pytest.mark.parametrize("sep", [": ", " "])
def test_a_code_column_is_read_as_before(sep):
    text = HEAD + f"903631{sep}Graduaat orthopedagogie - 1ste jaar 138 91\n" \
        f"903632{sep}Graduaat orthopedagogie - 2de jaar 67 123\nTotaal 205 214\n"
    answer = read_text(text, "codes.txt")
    assert _prose_issues(answer) == [] and answer.issues == []
    assert sorted(c.code for t in answer.tables for c in t.cells if c.level == "row" and c.period == "2021") == [
        "903631", "903632"]


def test_a_subsets_lead_in_before_a_code_is_a_subset_line_not_prose():
    """``waarvan 903632: …`` below a row: a subset of it, as the domain prints it — not said as prose."""
    text = HEAD + ROWS + "waarvan 903632: Graduaat orthopedagogie - 2de jaar 12 10\nTotaal 164 212\n"
    answer = read_text(text, "waarvan.txt")
    assert _prose_issues(answer) == []
    assert _cells_with_code_in_label(answer, "903632") == []
