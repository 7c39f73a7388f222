"""Generated answers read wrong, or refused, under seeds no earlier run saw (session 30: the
generated-shape properties of ``tests/test_generated_shapes*.py`` and
``tests/test_newer_shapes_property.py`` at ``--hypothesis-seed`` 6000 and on, under the dev
profile, after wave 1's merges): each one found, as the exact text the generator printed."""

from __future__ import annotations

from okot_audit import audit, read_text

# The seeds' form of a generated answer (``test_generated_shapes22.py``
# ``::test_every_blank_mark_in_the_seeds_form_reads_back_exactly``, seed 6000), cut to its table:
# code 578388's name ends ``- 1 ste jaar``, its September blank printed as the answer's only
# mark (``-``) before October's 37. The answer prints no other mark, so the dash was left to the
# label — which ended in it, ``… Graduaat - 1 ste jaar -``, while the totals placed 37 right
# (Subtotaal bouw counts 4 in September, only 727163's). A wrong label, read without a word.
DASH_BEFORE_A_ROWS_ONLY_FIGURE = """\
1. Hieronder vindt u een overzicht van het aantal werkzoekenden dat de afgelopen 
jaren een diploma behaalde. Op dit moment kunnen werkzoekenden kiezen uit 596 
opleidingen, terwijl er dat in 2012 nog maar 691 waren.

Unieke 
cursisten met uitgevoerde, geslaagde, OKOT'(s) september 2022 oktober 2022
Zorg
081557: vorming 
Graduaat jaar 1 individueel jeugd- Specifieke Specifieke 19 28
399337: knelpuntvakken Educatieve zorgkundige individueel traject - modules 
1- 4 16 9
448682: orthopedagogie Educatieve -en
traject Educatieve - deel 2 
individueel traject - module 5 37 25
Subtotaal zorg 72 62
Bouw
578388: Graduaat  secundair lager Graduaat 
- 1 ste jaar - 37
727163: gehandicaptenzorg verpleegkunde vakbevoegdheid algemene beroepsonderwijs 
master 4 56 
Subtotaal bouw 4 84
Totaal 73 142 
"""


def _rows(text: str) -> list[tuple]:
    answer = read_text(text, "g.txt")
    assert answer.issues == []
    return [(c.code, c.label, c.period, c.count) for t in answer.tables for c in t.cells if c.level == "row"]


def test_a_lone_dash_before_a_rows_only_figure_is_no_word_of_its_name() -> None:
    rows = _rows(DASH_BEFORE_A_ROWS_ONLY_FIGURE)
    assert [r for r in rows if r[0] == "578388"] == [
        ("578388", "Graduaat secundair lager Graduaat - 1 ste jaar", "2022-10", 37)]
    assert [r[1] for r in rows if r[0] == "399337"] == [
        "knelpuntvakken Educatieve zorgkundige individueel traject - modules 1- 4"] * 2
    assert not [f for f in audit(read_text(DASH_BEFORE_A_ROWS_ONLY_FIGURE, "g.txt")).findings
                if f.severity == "error" and f.rule != "code-unknown"]


def test_a_names_dash_before_more_of_its_name_stays_the_names() -> None:
    """The other side: a dash that leads on to more of the name (``- 1 ste jaar - verkort 37``)
    is the name's; only a dash left at the name's very end, after a word, goes."""
    rows = _rows(DASH_BEFORE_A_ROWS_ONLY_FIGURE.replace("- 1 ste jaar - 37", "- 1 ste jaar - verkort 37"))
    assert [r for r in rows if r[0] == "578388"] == [
        ("578388", "Graduaat secundair lager Graduaat - 1 ste jaar - verkort", "2022-10", 37)]
