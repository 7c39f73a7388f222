"""Findings that named the wrong thing (session 27, messages27).

1. ``error-located`` blamed a printed figure where a line the reader could not place in the
   table (``stray-number``) closes the total's gap — the line ``total-exceeds-parts`` cites: the
   two now agree, the figure's message citing the line as the likelier cause.
2. A table a page (a sheet) hides whole was found at the caption's line above it: now at its own.
3. ``count-withheld`` named a row by its code alone in a table of blocks: two rows of one code
   in two blocks (provinces, sectors) read the same.
4. ``footer-glued`` counted a label's digits (``module 5``) among the row's figures.
5. ``ambiguous-alignment`` said "spacing" where two names of the row (a digit that may close
   the name's range, ``fase 1 - 2``, or be a count) each fit the totals.
"""

from __future__ import annotations

import pytest

from okot_audit import audit, read_text
from okot_audit.parse import parse_answer
from okot_audit.source import source_from_bytes

from test_messages26 import BLOCK, HEAD, _hidden_page


def _findings(text: str, rule: str, lang: str = "en") -> list[tuple[int, str]]:
    return [(f.line, f.message) for f in audit(read_text(text, "antwoord.txt"), lang=lang).findings if f.rule == rule]


def _answer(lines: list[str], what: str = "gestarte unieke cursisten") -> str:
    return HEAD.format(what=what) + "\n".join(lines) + "\n"


# 1. error-located and a stray line that closes the gap ------------------------------------------

def test_error_located_says_the_stray_line_that_closes_the_gap_is_the_likelier_cause():
    """``Se-n-se voor module 12`` left unread in Antwerpen's block, its total 44 over the one row
    of 32. Before: "231000 2021: 32 may be the wrong figure … no other single figure can", while
    ``total-exceeds-parts`` cited the 12 of line 12 as a row likely lost in reading."""
    text = _answer([line.format(word="", total=44) for line in BLOCK])
    stray = HEAD.count("\n") + 5
    [(line, en)] = _findings(text, "error-located")
    [(_, nl)] = _findings(text, "error-located", "nl")
    assert line == stray - 1  # (still at the figure: its numbers stay the finding's)
    assert en == (
        "231000 2021: 32 is a printed figure whose change alone would make every total of the table hold again "
        "(Totaal Antwerpen 2021 fails now); it must then be 44; no other single figure can; but the figure 12 of "
        f"line {stray} ('Se-n-se voor module 12'), which the reader could not place in the table, would close the "
        "gap of Totaal Antwerpen 2021 as one more row — a row lost in reading is the likelier cause, not a wrong "
        "printed figure: check that line first")
    assert nl.startswith("231000 2021: 32 is een afgedrukt cijfer waarvan alleen een wijziging")
    assert (f"maar het cijfer 12 van regel {stray} ('Se-n-se voor module 12'), dat niet in de tabel geplaatst kon "
            "worden, zou als nog een rij het verschil van Totaal Antwerpen 2021 dichten — een rij die bij het lezen "
            "verloren ging, is de waarschijnlijkere oorzaak") in nl


def test_error_located_over_two_blocks_cites_each_totals_stray_line():
    """Two blocks, each total's gap closed by a line of its own: the smallest change touches
    two figures (both rows), and each names both lines, each with the total it closes."""
    text = _answer(["Provincie Opleiding", "2021", "231000: opvoeder met", "Antwerpen 32", "Se-n-se voor module 12",
                    "Totaal Antwerpen 44", "231000: opvoeder met", "Limburg 20", "Se-n-se voor module 15",
                    "Totaal Limburg 35", "Eindtotaal 79"])
    at = HEAD.count("\n") + 5
    found = _findings(text, "error-located")
    assert [line for line, _ in found] == [at - 1, at + 3]
    for _, message in found:
        assert "smallest sets of printed figures (2 each)" in message
        assert (f"but the figure 12 of line {at} ('Se-n-se voor module 12'), which the reader could not place in the "
                "table, would close the gap of Totaal Antwerpen 2021 as one more row; and the figure 15 of line "
                f"{at + 4} ('Se-n-se voor module 15'), which the reader could not place in the table, would close the "
                "gap of Totaal Limburg 2021 as one more row — a row lost in reading is the likelier cause, not wrong "
                "printed figures: check those lines first") in message


def test_error_located_cites_a_stray_line_only_where_it_closes_the_gap():
    """A total of 60 over 32: the stray 12 closes no gap of 28 — the figure stays the one blamed."""
    text = _answer([line.format(word="", total=60) for line in BLOCK])
    found = _findings(text, "error-located")
    assert found and all(m.startswith("231000 2021: 32 may be the wrong figure") and "Se-n-se" not in m
                         for _, m in found)


# 2. A table hidden whole, found at its own place ------------------------------------------------

@pytest.mark.parametrize("attrs", [' class="verborgen"', " hidden"])
def test_a_table_the_page_hides_whole_is_found_at_its_own_line(attrs):
    """Before: the finding at line 8, the caption's (``<p>Unieke cursisten …``), its message
    naming the table at line 10. Now at line 10, where the table's header stands."""
    answer = parse_answer(source_from_bytes(_hidden_page(attrs).encode(), "antwoord.html"))
    [finding] = [f for f in audit(answer).findings if f.rule == "column-not-checked"]
    assert finding.line == 10
    assert finding.message.startswith('the table "Opleiding 2021 2022" (line 10) has 2 rows hidden in the page')


def test_a_table_a_sheet_hides_whole_is_found_at_its_own_row():
    """Before: at row 3 (its hidden header, no row of the table it names: "the table at row 4")."""
    pytest.importorskip("openpyxl")
    from test_unseen_xlsx20 import A1, A2, TITLE, answer_of, sheet_of

    rows = [[TITLE], [], ["Opleiding", 2019, 2020], [A1, 19, 22], [A2, 59, 3], ["Totaal", 78, 25]]
    [finding] = [f for f in audit(answer_of(sheet_of(rows, (3, 4, 5, 6)))).findings if f.rule == "column-not-checked"]
    assert finding.line == 4 and "the table at row 4 has 3 rows hidden in its sheet" in finding.message


# 3. count-withheld in a table of blocks ---------------------------------------------------------

PROVINCES = ["Provincie Opleiding 2020 2021",
             "Antwerpen 900611: Professionele bachelor verpleegkunde - 1ste jaar 20 <5",
             "900612: Professionele bachelor verpleegkunde - 2de jaar 15 9",
             "Totaal Antwerpen 35 12",
             "Limburg 900611: Professionele bachelor verpleegkunde - 1ste jaar <5 6",
             "900612: Professionele bachelor verpleegkunde - 2de jaar 7 8",
             "Totaal Limburg 10 14",
             "Eindtotaal 45 26"]
SECTORS = ["Sector Opleiding 2020 2021", "Zorg",
           "900611: Professionele bachelor verpleegkunde - 1ste jaar 20 <5",
           "900612: Professionele bachelor verpleegkunde - 2de jaar 15 9",
           "Subtotaal zorg 35 12", "Onderwijs",
           "908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar <5 6",
           "908002: Educatieve bachelor voor kleuteronderwijs - 2de jaar 7 8",
           "Subtotaal onderwijs 10 14", "Totaal 45 26"]


@pytest.mark.parametrize("lines, blocks", [(PROVINCES, ("Antwerpen", "Limburg")), (SECTORS, ("zorg", "onderwijs"))])
def test_a_withheld_count_is_named_with_its_block(lines, blocks):
    """Before: "row 900611: the count of 2021 is printed as <5" — in which province? (and the
    finding's province empty: a block's province is known only from its closing total)."""
    text = _answer(lines)
    answer = read_text(text, "antwoord.txt")
    en = [f for f in audit(answer).findings if f.rule == "count-withheld"]
    nl = [f.message for f in audit(answer, lang="nl").findings if f.rule == "count-withheld"]
    assert [f.message.split(":")[0] for f in en] == [f"row {en[0].training_code} in the {blocks[0]} block",
                                                     f"row {en[1].training_code} in the {blocks[1]} block"]
    assert [m.split(":")[0] for m in nl] == [f"rij {en[0].training_code} in het blok {blocks[0]}",
                                             f"rij {en[1].training_code} in het blok {blocks[1]}"]
    if lines is PROVINCES:
        assert [f.province for f in en] == list(blocks)


def test_a_withheld_count_of_a_table_without_blocks_names_its_row_alone():
    text = _answer(["Provincie 2020 2021", "Antwerpen 120 131", "Limburg <5 7", "Totaal 123 138"])
    [(_, message)] = _findings(text, "count-withheld")
    assert message.startswith("row Limburg: the count of 2020 is printed as <5")


# 4. footer-glued: the row's figures, not its label's digits ------------------------------------

def test_a_row_a_footer_is_glued_to_lists_its_figures_without_its_labels_digits():
    """``908003 Apotheekassistent module 5 13Pagina 1 van 26…``, every row named ``… module 5``:
    before "the row's figures (5, 13) are not read" — the 5 is its name's."""
    pytest.importorskip("fpdf")
    from test_glue26 import _text

    answer = parse_answer(source_from_bytes(_text("13 Pagina 1 van 26Opleiding 2019 2020").encode(), "a.txt"))
    [issue] = [i for i in answer.issues if i.reason == "footer-glued"]
    assert issue.numbers == (13,)
    [en] = [f.message for f in audit(answer).findings if f.rule == "unreadable-table"]
    [nl] = [f.message for f in audit(answer, lang="nl").findings if f.rule == "unreadable-table"]
    assert "the row's figure (13) is not read" in en
    assert "het cijfer van de rij (13) is niet gelezen" in nl


# 5. ambiguous-alignment: a name's range, not the spacing ---------------------------------------

RANGED = ["Opleiding 2019 2020 2021", "900711:", "Verpleegkunde 1 1 5", "900124: Zorgkundige",
          "verpleegkunde - fase 1", "- 2 1 2", "900125: Zorgkundige", "verpleegkunde - fase 1",
          "- 2 4 - 6 1 1 1", "900126: Zorgkundige", "modules 1- 4 2 1 3", "Totaal 4 4 10"]


def test_a_row_whose_names_range_the_totals_cannot_settle_says_so():
    """``verpleegkunde - fase 1`` / ``- 2 1 2``: the 2 closes ``fase 1 - 2`` or is a count, the
    totals fitting both. Before: "the spacing does not say in which of the 3 periods …"."""
    from test_labelrun26 import HEAD as ANSWER_HEAD

    text = ANSWER_HEAD + "\n".join(RANGED) + "\n"
    [(line, en)] = _findings(text, "ambiguous-alignment")
    [(_, nl)] = _findings(text, "ambiguous-alignment", "nl")
    assert line == ANSWER_HEAD.count("\n") + 6
    assert en.startswith(
        "row 900124: its name may end in '… verpleegkunde - fase 1 - 2' — the 2 the name's own, no count — or in "
        "'… verpleegkunde - fase 1', the 2 a count; the totals fit both readings")
    assert "spacing" not in en and "(numbers: 2, 1, 2)" in en
    assert nl.startswith(
        "rij 900124: de naam kan eindigen op '… verpleegkunde - fase 1 - 2' — de 2 hoort dan bij de naam en is geen "
        "aantal — of op '… verpleegkunde - fase 1', met de 2 als aantal")
    assert "witruimte" not in nl


def test_a_row_whose_spacing_alone_the_totals_cannot_settle_still_says_spacing():
    """Two figures under four periods, the totals fitting several placements: the spacing."""
    text = _answer(["Opleiding 2018 2019 2020 2021", "908015: Specifieke lerarenopleiding 54 32",
                    "908016: Specifieke lerarenopleiding 54 32", "Totaal 54 54 32 32"])
    found = _findings(text, "ambiguous-alignment")
    assert found and all("the spacing does not say" in m for _, m in found)


def test_likely_typo_says_the_stray_line_that_closes_the_gap_is_the_likelier_cause():
    """``vervolg op pagina 2 4 7`` between the rows: its 7 closes Totaal 2021's gap of 7, which
    a typo (6 → 16) would close too. Before: the typo alone, "not applied"."""
    text = _answer(["Opleiding 2020 2021", "900711: Verpleegkunde 5 6", "900124: Zorgkundige 3 9",
                    "vervolg op pagina 2 4 7", "Totaal 12 22"])
    at = HEAD.count("\n") + 4
    en = _findings(text, "likely-typo")
    nl = _findings(text, "likely-typo", "nl")
    assert en and nl
    for _, message in en:
        assert message.endswith(
            f"not applied; but the figure 7 of line {at} ('vervolg op pagina 2 4 7'), which the reader could not place "
            "in the table, would close the gap of Totaal 2021 as one more row — a row lost in reading is the likelier "
            "cause than a typo: check that line first")
    for _, message in nl:
        assert message.endswith("de waarschijnlijkere oorzaak dan een tikfout: ga eerst die regel na")
