"""A finding about a row that has a province says its row too (wrapprov34).

In a table whose columns are provinces (``Leeftijd Antwerpen Limburg … Vlaams Gewest``) and in a
province's block of category rows (``Antwerpen`` / ``Man`` / ``Vrouw`` / ``Totaal Antwerpen``), every
cell has a province AND a row of its own words. The findings' ``label`` was null wherever a province was
set (``totals.TotalCheck.place``, ``likely_typo.place``, ``duplicate-row``, ``totals-disagree``, the
reader's issues), so a finding in the Limburg column could not say which age class it was about, and
two of them shared one SARIF fingerprint. Now the label is the row's words beside its province
(:func:`okot_audit.tables.finding_label`); a row that is its province itself (``Antwerpen`` in a table
of provinces) keeps none, a coded row its code alone.

The answers are built from persons (test_ageprov34's ``build``) and the planted figures are known.
"""

from __future__ import annotations

import re

import pytest

from okot_audit import audit
from okot_audit.report.sarif import fingerprint
from test_ageprov34 import build, read, _planted

BLOCKS = """Antwoord

Tabel 1. Unieke cursisten met gestarte OKOT'(s)

Geslacht 2022 2023
Antwerpen
Man {man_a} 12
Vrouw 5 6
Totaal Antwerpen 15 18
Limburg
Man 7 8
Vrouw 3 4
Totaal Limburg 10 12
Totaal 25 30
"""


@pytest.fixture(scope="module")
def column_findings():
    """The Limburg column's ``Totaal`` one above the sum of its age classes."""
    built = build("Leeftijd")
    return built, audit(read(_planted(built, 3, 2, +1))).findings


def test_a_total_in_a_province_column_names_its_line(column_findings):
    """total-exceeds-parts at the Limburg column's ``Totaal``: province Limburg AND label ``Totaal``
    (main: label null — the finding did not say which row of the Limburg column)."""
    _, findings = column_findings
    [total] = [f for f in findings if f.rule == "total-exceeds-parts"]
    assert (total.province, total.label, total.stated) == ("Limburg", "Totaal", total.observed + 1)


def test_the_suspects_in_a_province_column_name_their_age_class(column_findings):
    """error-located in the Limburg column: each names its age class beside the province (main: every
    one ``Limburg`` alone), and so each has a fingerprint of its own (main: the same row for all)."""
    built, findings = column_findings
    suspects = [f for f in findings if f.rule == "error-located" and f.province == "Limburg"]
    assert {f.label for f in suspects} == {"-25 jaar", "25-54 jaar", "55+ jaar", "Totaal"}
    assert {f.row for f in suspects} == {f"Limburg {c}" for c in ("-25 jaar", "25-54 jaar", "55+ jaar", "Totaal")}
    assert len({fingerprint(f, "a.txt") for f in suspects}) == len(suspects)


def test_rows_of_a_province_block_keep_their_words():
    """A province's block of category rows: a repeated row, the suspects and the failing subtotal
    each say their row beside the block's province (main: label null for all but error-located's
    subtotal)."""
    findings = audit(read(BLOCKS.format(man_a=10) .replace("Vrouw 5 6\n", "Vrouw 5 6\nMan 10 12\n", 1))).findings
    got = {(f.rule, f.line, f.province, f.label) for f in findings if f.rule in ("duplicate-row", "parts-exceed-total")}
    assert got == {("duplicate-row", 9, "Antwerpen", "Man"),
                   ("parts-exceed-total", 10, "Antwerpen", "Totaal Antwerpen")}
    suspects = {(f.line, f.label) for f in findings if f.rule == "error-located" and f.period == "2022"}
    assert (7, "Man") in suspects and (9, "Man") in suspects


def test_a_planted_row_in_a_block_is_named_in_the_text_report():
    """likely-typo/error-located about ``Man`` 2022 in the Antwerpen block: the text report's note names
    ``Antwerpen Man 2022`` (main: ``Antwerpen 2022``)."""
    from okot_audit.report._common import figure_label

    findings = audit(read(BLOCKS.format(man_a=11))).findings
    named = {figure_label(f) for f in findings if f.is_suspect or f.rule == "error-located"}
    assert "Antwerpen Man 2022" in named, named


def test_a_row_that_is_its_province_keeps_no_label():
    """A table whose rows ARE provinces: a suspect in the ``Limburg`` row says the province once —
    its label stays null, as the row's words are the province's name."""
    text = ("Antwoord\n\nTabel 1. Unieke cursisten met gestarte OKOT'(s)\n\nProvincie 2022 2023\n"
            "Antwerpen 10 12\nLimburg 9 8\nTotaal 19 21\n")
    findings = audit(read(text.replace("Limburg 9 8", "Limburg 9 7"))).findings
    rows = {(f.province, f.label) for f in findings if f.line == 7}
    assert rows and all(label is None for _, label in rows) and ("Limburg", None) in rows, rows


# -- a header of provinces whose narrow cells wrap the names over two lines -----------------------

from okot_audit.parse.headwords import names_joined  # noqa: E402
from test_ageprov34 import ATTRIBUTES, FIRST_ROW, cells, truth  # noqa: E402

#: How many letters of a name a narrow cell holds on its first line (the rest wraps below it).
NARROW = 13


def _wrapped(attribute: str, form: str, seed: int = 341):
    """The answer of `attribute` (test_ageprov34's ``build``) with its header of provinces as an
    extractor sets cells too narrow for the names: each name longer than :data:`NARROW` broken there
    (``Oost-Vlaander`` / ``en``; a name of two words at its space, ``Vlaams`` / ``Gewest``), its rest
    on the line below — ``single``: the rests in order on one line (pdfplumber); ``laid``: each rest
    under its word, the rows laid out (``pdftotext -layout``); ``lines``: each cell's lines one after
    the other (pypdf). Returns the built truth and the text."""
    built = build(attribute, seed=seed, laid=form == "laid")
    lines = built.text.split("\n")
    rows = lines[FIRST_ROW - 1:]
    cut = []  # (first line's piece, the rest or "")
    for name in [*built.provinces, "Vlaams Gewest"]:
        if " " in name:
            head, rest = name.split(" ", 1)
        elif len(name) > NARROW:
            head, rest = name[:NARROW], name[NARROW:]
        else:
            head, rest = name, ""
        cut.append((head, rest))
    if form == "single":
        block = [" ".join([attribute, *(h for h, _ in cut)]), " ".join(r for _, r in cut if r)]
    elif form == "laid":  # (each cell right-aligned in its column, where the rows' figures end)
        ends = [m.end() for m in re.finditer(r"\S+", rows[0])][-len(cut):]
        top, below = attribute, ""
        for (head, rest), end in zip(cut, ends):
            top, below = top.ljust(end - len(head)) + head, below.ljust(end - len(rest)) + rest
        block = [top, below]
    else:
        block = [" ".join([attribute, *(h for h, _ in cut[:2])])]
        for head, rest in cut[2:]:
            block += [head] + ([rest] if rest else [])
    return built, "\n".join(lines[:FIRST_ROW - 2] + block + rows)


@pytest.mark.parametrize("form", ["single", "laid", "lines"])
@pytest.mark.parametrize("attribute", ["Leeftijd", "Scholingsniveau"])
def test_a_header_of_provinces_wrapped_in_narrow_cells_is_read(form, attribute):
    """Every cell read as the persons give it, no error (main: ``unreadable-table``, no cell)."""
    built, text = _wrapped(attribute, form)
    assert "Oost-Vlaander\n" in text or "Oost-Vlaander " in text  # (the names wrapped indeed)
    answer = read(text)
    assert cells(answer) == truth(built, attribute)
    assert not [f.message for f in audit(answer).findings if f.severity != "info"]


def test_a_piece_that_completes_no_name_is_no_join():
    """``Oost-Vlaander`` over ``xy``: no province; the header stays as printed and the table is said
    unreadable, no cell guessed."""
    _, text = _wrapped("Leeftijd", "single")
    text = text.replace("\nen t en Gewest\n", "\nxy t en Gewest\n")
    assert "\nxy t en Gewest\n" in text
    lines = tuple(text.split("\n"))
    assert names_joined(lines) == lines
    answer = read(text)
    assert not [c for c in cells(answer) if c[1]]
    assert "unreadable-table" in {f.rule for f in audit(answer).findings if f.severity == "error"}


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_title_line_above_a_header_is_not_joined(gap):
    """A title that ends in a name's first letters (``… voor Vlaams``) over a header of provinces
    printed whole (right above it, or a blank line between): the title is no piece of the header —
    the header's ``Gewest`` never joined to the title's ``Vlaams`` — nothing joined; read as before."""
    built = build("Leeftijd", seed=341)
    text = built.text.replace("\n\nLeeftijd ", f"\n\nOverzicht per provincie voor Vlaams{gap}Leeftijd ", 1)
    lines = tuple(text.split("\n"))
    assert names_joined(lines) == lines
    if gap == "\n\n":
        assert cells(read(text)) == truth(built, "Leeftijd")


def test_a_years_header_is_unchanged():
    """A header of periods over rows of provinces, one name wrapped in its row (``Oost-Vlaander`` /
    ``en``): no header of names, the lines as they were."""
    text = ("Antwoord\n\nTabel 1. Unieke cursisten\n\nProvincie 2021 2022 2023\nAntwerpen 10 12 14\n"
            "Oost-Vlaander\nen 5 6 7\nVlaams Gewest 15 18 21\n")
    lines = tuple(text.split("\n"))
    assert names_joined(lines) == lines
