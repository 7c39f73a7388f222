"""Round 23: the smallest examples of what random runs of the generator's properties found.

Each test is a failing example of a property run with ``HYPOTHESIS_PROFILE=dev`` (random
seeds), reduced by hand to the few lines that fail; each failed on the code before its fix.
"""

from __future__ import annotations

from okot_audit import audit, read_text


def _read(text: str):
    answer = read_text(text, "generated.txt")
    cells = [(c.level, c.code or c.label, c.period, c.count, c.line) for t in answer.tables for c in t.cells]
    return cells, answer


def _errors(answer) -> list[str]:
    return [f.rule for f in audit(answer).findings if f.severity == "error"]


#: A header wrapped over four lines in a narrow cell, its periods after the last line's words.
NARROW = "Unieke cursisten met\nstopgezette en uitgevoerde\nmaar niet geslaagde\nOKOT'(s) 2022** 2023 2024* Totaal\n"


def test_a_header_wrapped_in_a_narrow_cell_repeated_on_the_next_page_goes_on_with_its_table():
    """pypdf's text of a table whose header wraps in a narrow cell over four lines, repeated at
    the top of page 2 (``test_single_spaced_text_of_the_pdf_never_passes_unread
    [pypdf-code_two_totals_column]``, seed 32). The header's last line holds its periods
    (``OKOT'(s) 2022** 2023 2024* Totaal``, longer than a narrow cell's line): before, its
    length counted, the header's first line (``Unieke cursisten met``) was left out of it, and
    the repeat on page 2, which starts with that line, was taken for another table's header —
    page 1's rows were cut from ``Totaal zorg`` (a false ``total-exceeds-parts`` error)."""
    cells, answer = _read(
        "3. Hieronder vindt u een overzicht van het aantal werkzoekenden dat een opleiding heeft stopgezet.\n"
        + NARROW + "Zorg\n081367: educ onderwijs 15 22 43 80\n130614: graduaatsopleiding 45 24 57 119\n1/2\f"
        + NARROW + "202779: bachelor 47 15 36 98\nTotaal zorg 107 61 136 297\n"
    )
    assert answer.issues == []
    assert len(answer.tables) == 1
    assert [c[1] for c in cells if c[0] == "row" and c[2] == "2022"] == ["081367", "130614", "202779"]
    assert _errors(answer) == []
