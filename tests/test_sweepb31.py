"""Generated answers read wrong under seeds no earlier run saw (session 31, wave 2b: the
generated-shape properties of ``tests/test_generated_shapes*.py``,
``tests/test_newer_shapes_property.py`` and ``tests/test_prop2*.py`` at ``--hypothesis-seed``
6021 to 6036 and on, under the dev profile): each one found, as the exact text the generator
printed."""

from __future__ import annotations

from okot_audit import audit, read_text

# Laid-out text of a generated answer (``test_generated_shapes22.py``
# ``::test_every_blank_mark_in_laid_out_text_reads_back_exactly``, seed 6024): a code's name
# wrapped over three lines, its figures centred on the middle one, the name's last line ending in
# its own number (``kleuteronderwijs - deel 2``), far left of every column. That 2 was said as a
# stray number (a warning) and the name lost its last line, though the columns say whose it is.
NAME_NUMBER_BELOW_CENTRED_FIGURES = """\
Onderwijskwalificerende opleidingstrajecten (OKOT's) - Zorgsector

JO BOURNS
VLAAMS MINISTER VAN ECONOMIE, INNOVATIE, WERK, SOCIALE ECONOMIE EN LANDBOUW

ANTWOORD
op vraag nr. 62 van 16 november 2016
van JAN LAEREMANS

1. Hieronder vindt u een overzicht van het aantal werkzoekenden dat de afgelopen jaren een
diploma behaalde. In Oost-Vlaanderen loopt sinds 2019 het proefproject INTRO met 17
deelnemers.

Unieke cursisten met uitgevoerde, geslaagde,
OKOT'(s)                                                  2016      2017      Totaal

551944: Tweedekansonderwijs - 1ste jaar Opvoeder
lerarenopleiding beroepsonderwijs algemene                  63        48          81
kleuteronderwijs - deel 2

Totaal                                                      63        48          81
"""

NAME = "Tweedekansonderwijs - 1ste jaar Opvoeder lerarenopleiding beroepsonderwijs algemene kleuteronderwijs - deel 2"


def _cells(answer) -> list[tuple]:
    return [(c.level, c.label, c.period, c.count, c.line) for t in answer.tables for c in t.cells]


def test_a_names_number_left_of_every_column_below_its_rows_figures_is_the_names() -> None:
    answer = read_text(NAME_NUMBER_BELOW_CENTRED_FIGURES, "g.txt")
    assert answer.issues == []
    assert _cells(answer) == [
        ("row", NAME, "2016", 63, 18), ("row", NAME, "2017", 48, 18), ("row", NAME, "Totaal", 81, 18),
        ("total", "Totaal", "2016", 63, 21), ("total", "Totaal", "2017", 48, 21), ("total", "Totaal", "Totaal", 81, 21),
    ]
    assert not [f for f in audit(answer).findings if f.rule == "stray-number"]


def test_the_same_lines_single_spaced_are_still_said() -> None:
    """The other side: single-spaced (the seeds' form), no column says whose the 2 is — said as a
    stray number where it stands, as before."""
    text = (NAME_NUMBER_BELOW_CENTRED_FIGURES
            .replace("OKOT'(s)                                                  2016      2017      Totaal",
                     "OKOT'(s) 2016 2017 Totaal")
            .replace("algemene                  63        48          81", "algemene 63 48 81")
            .replace("Totaal                                                      63        48          81",
                     "Totaal 63 48 81"))
    answer = read_text(text, "g.txt")
    assert [(i.kind, i.line, i.reason, i.numbers) for i in answer.issues] == [("stray-number", 19, "no-row", (2,))]


def test_a_number_a_cells_gap_from_the_words_below_the_rows_figures_is_still_said() -> None:
    """The other side: the number set off from the words by a cell's gap (a figure in a cell of its
    own, not the name's digit) is no name's number by position: said, as before."""
    text = NAME_NUMBER_BELOW_CENTRED_FIGURES.replace("kleuteronderwijs - deel 2", "kleuteronderwijs - deel    2")
    answer = read_text(text, "g.txt")
    assert [(i.kind, i.line, i.numbers) for i in answer.issues] == [("stray-number", 19, (2,))]
    assert [c[1] for c in _cells(answer)][:1] == [NAME[: -len(" kleuteronderwijs - deel 2")]]


# The seeds' form of a generated answer (``test_generated_shapes22.py``
# ``::test_every_blank_mark_in_the_seeds_form_reads_back_exactly``, seed 6033), cut to its table:
# ``535126: … module 5 - deel 2 – 51 51`` under ``2017 2018 Totaal``, 2017 blank (its en dash), in
# a table whose total prints a figure for 2017 (so no total line proves that the answer prints
# blanks as marks, and each row's dash stands first among as many words as the periods, where
# parse/blanks.mark_blanks leaves it to the label). The counts are right (51 in 2018 and in the
# total column, the totals place them), but the name is read as ``… deel 2 –``, the blank's mark
# its last word. With ``Totaal – 110 110`` (a mark on the total line) the name reads right.
DASH_BLANK_AFTER_NAMES_NUMBER = """\
Aantal gestarte cursisten.

Opleiding 2017 2018 Totaal
258329: kapper 51 39 76
535126: tandartsassistent module 5 - deel 2 – 51 51
720283: en - 3de jaar – 59 59
Totaal 51 149 171
"""


def test_a_dash_blank_after_a_names_own_number_is_no_word_of_the_name() -> None:
    """Read since dashblank31 (parse/cells.placements: a reading that leaves the first period blank
    and fills the others reads the dash right after its name's number as that blank); before, the
    name ended in ``–``."""
    answer = read_text(DASH_BLANK_AFTER_NAMES_NUMBER, "g.txt")
    assert answer.issues == []
    assert [(c.label, c.period, c.count) for t in answer.tables for c in t.cells if c.code == "535126"] == [
        ("tandartsassistent module 5 - deel 2", "2018", 51), ("tandartsassistent module 5 - deel 2", "Totaal", 51)]


# The seeds' form of a generated answer (``test_newer_shapes_property.py``
# ``::test_a_corrupted_figure_is_reported_as_the_figures_say[code_nested]``, seed 6025), cut to its
# graduates' table: ``167877: met niveau  5`` (two spaces in the name, as at seed 6040 in
# tests/test_sweep31.py), its figures ``13 13`` on the name's second line. The name's 5 is read as
# the row's total-column count (2019 blank) and ``13 13`` as stray numbers: a wrong cell, and two
# false ``total-exceeds-parts`` errors on the ``Subtotaal`` (34 over 21 + 5). twospace31's area
# (parse/regions.py code-line reading) this session.
NAMES_NUMBER_AFTER_TWO_SPACES_OVER_A_SUBTOTAL = """\
Aantal geslaagde cursisten.

Unieke geslaagde cursisten 2019 Totaal
105321: kleuteronderwijs traject  niveau 5 individueel traject - module 
5 21 21 
167877: met niveau  5
opvoeder master leefgroepenwerking - 2de jaar 13 13
Subtotaal 34 34
386054: lerarenopleiding -  3de jaar 
educ 69 69 
900025: -en verpleegkunde
(SLO) 56 56
Totaal 133 133
"""


def test_a_names_number_after_two_spaces_above_its_figures_over_a_subtotal_is_the_names() -> None:
    """Seed 6025: read since twospace31 (parse/regions._name_number_over_figures, the cause of
    test_sweep31's seed 6040); before, the 5 was the total column's count, 13 13 stray numbers,
    the subtotal a false total-exceeds-parts error."""
    answer = read_text(NAMES_NUMBER_AFTER_TWO_SPACES_OVER_A_SUBTOTAL, "g.txt")
    assert answer.issues == []
    assert [(c.label, c.period, c.count) for t in answer.tables for c in t.cells if c.code == "167877"] == [
        ("met niveau 5 opvoeder master leefgroepenwerking - 2de jaar", "2019", 13),
        ("met niveau 5 opvoeder master leefgroepenwerking - 2de jaar", "Totaal", 13)]
    assert not [f for f in audit(answer).findings if f.severity == "error"]


# The same at seed 6028 (``test_every_blank_mark_in_the_seeds_form_reads_back_exactly``), after a
# name's own range: ``Se-n-se bachelor met gehandicaptenzorg 2 - 3 - 59 38`` (2018-2019 blank),
# the total line printing a figure for every period. Counts right, the name read ``… 2 - 3 -``.
DASH_BLANK_AFTER_NAMES_RANGE = """\
Aantal gestarte cursisten.

Opleiding 2018-2019 2019-2020 2020-2021
Techniek
Graduaat vorming algemene -1ste 
jaar - 6 48
Se-n-se bachelor met gehandicaptenzorg 2 - 3 - 59 38 
Specifieke en fase 1- 2 algemene individueel 54 33 50
Totaal techniek 54 98 128 
"""


def test_a_dash_blank_after_a_names_own_range_is_no_word_of_the_name() -> None:
    """As seed 6033, after the name's own range (read since dashblank31; before ``… 2 - 3 -``)."""
    answer = read_text(DASH_BLANK_AFTER_NAMES_RANGE, "g.txt")
    assert answer.issues == []
    assert [(c.label, c.period, c.count) for t in answer.tables for c in t.cells if c.line == 7] == [
        ("Se-n-se bachelor met gehandicaptenzorg 2 - 3", "2019-2020", 59),
        ("Se-n-se bachelor met gehandicaptenzorg 2 - 3", "2020-2021", 38)]
