"""Generated answers read wrong, or said where nothing was wrong, under seeds no earlier run saw
(session 36, sweep c: the generated-shape properties of ``tests/test_generated_shapes*.py``,
``tests/test_newer_shapes_property.py``, ``tests/test_prop2*.py``, ``tests/test_account31.py``,
``tests/test_scatter32.py``, ``tests/test_span32.py``, ``tests/test_range33.py``,
``tests/test_lone33.py``, ``tests/test_glued33.py``, ``tests/test_cellb33.py``,
``tests/test_lost33.py``, ``tests/test_pos34.py``, ``tests/test_speed34.py``,
``tests/test_tokens34.py`` and the ``@given`` files of sessions 35 and 36 —
``tests/test_leftfig35.py``, ``tests/test_lonedash35.py``, ``tests/test_pos35.py``,
``tests/test_regress35.py``, ``tests/test_noticed36.py`` — at ``--hypothesis-seed`` 6200 on,
under the dev profile, one file at a time with ``-x``): each one found, as the exact text the
generator printed or cut to its table."""

from __future__ import annotations

from okot_audit import audit, read_text


def _cells(answer) -> list[tuple]:
    return [(c.line, c.level, c.code, c.province, c.period, c.count) for t in answer.tables for c in t.cells]


# ``test_generated_shapes22.py::test_thousands_apart_by_a_space_in_laid_out_text_never_pass_unread``,
# seed 6200, cut to its second table: a province table laid out by position whose 2017-2018 column
# prints ``nvt`` (a blank's mark) in its first rows, each row's one figure under 2016-2017. Three
# rows near each other each ending in a figure and the same word after it were taken for counts
# printed with what they count (``51 stuks``, :mod:`okot_audit.parse.units`), ``nvt`` their unit:
# the unit taken off and the figure set where the unit's cell ended — under 2017-2018. Here the
# block totals said it as a false ``total-exceeds-parts`` (Limburg's 2016-2017 ``128`` over rows
# summing to 77); a table without totals read the figures in the wrong period, said nowhere
# (:data:`NVT_COLUMN_NO_TOTALS`). The model: a blank's mark (:data:`~okot_audit.patterns.BLANK_MARK`)
# is a cell of its own, never a unit no list knows.
NVT_AFTER_FIGURES_LAID_OUT = """\
2. Hieronder vindt u een overzicht van het aantal werkzoekenden dat de afgelopen jaren een
diploma behaalde.

Provincie               Opleiding                                2016-2017   2017-2018

                        465789: Professionele bachelor
                        opvoeder - deel 2 leefgroepenwerking
Antwerpen               educ onderwijs:                                 22         nvt

Totaal Antwerpen                                                        22         nvt

                        465789: Professionele bachelor
                        opvoeder - deel 2 leefgroepenwerking
                        educ onderwijs:                                 32         nvt

                        509380: Educatieve verkort - 1 ste
                        jaar met Opvoeder                               19         nvt

                        815630: en gehandicaptenzorg
                        tandartsassistent Specifieke master
                        niveau 5                                        17         743

Limburg                 816506: educ master kleuteronderwijs            60          19

Totaal Limburg                                                         128         756

                        206457: master Hoger verkort modules
                        1- 4 - 1ste jaar apotheekassistent
                        algemene                                        40         nvt

                        465789: Professionele bachelor
                        opvoeder - deel 2 leefgroepenwerking
                        educ onderwijs:                                 50          38

                        509380: Educatieve verkort - 1 ste
Oost-Vlaanderen         jaar met Opvoeder                            1\u202f695          37

                        815630: en gehandicaptenzorg
                        tandartsassistent Specifieke master
                        niveau 5                                        51          38

Totaal Oost-Vlaanderen                                               1\u202f823         104

                        509380: Educatieve verkort - 1 ste
                        jaar met Opvoeder                               29          40

                        815630: en gehandicaptenzorg
                        tandartsassistent Specifieke master
Vlaams-Brabant          niveau 5                                        49          40

Totaal Vlaams-Brabant                                                   66          80

                        465789: Professionele bachelor
                        opvoeder - deel 2 leefgroepenwerking
                        educ onderwijs:                                 62          17

                        509380: Educatieve verkort - 1 ste
Brussel                 jaar met Opvoeder                               37          62

Totaal Brussel                                                          89          63

Eindtotaal                                                           2\u202f128       1\u202f003
"""

#: The same shape, its rows under no total: read with ``nvt`` as a unit, every figure of the first
#: three rows went under 2017-2018 and the answer passed with no error.
NVT_COLUMN_NO_TOTALS = """\
Opleiding                                  2016-2017   2017-2018

465789: Professionele bachelor opvoeder           22         nvt
509380: Educatieve verkort - 1 ste jaar           32         nvt
815630: Specifieke master tandartsassistent       19         nvt
816506: Educatieve master kleuteronderwijs        60          19
"""

#: The seeds' form of it (one space apart): the marks took for a unit, each figure was said
#: ``ambiguous-alignment``; the mark holds its column, and the rows read.
NVT_AFTER_FIGURES_PLAIN = """\
Provincie Opleiding 2016-2017 2017-2018
465789: Professionele bachelor opvoeder 22 nvt
Totaal Antwerpen 22 nvt
465789: Professionele bachelor opvoeder 32 nvt
509380: Educatieve verkort - 1 ste jaar 19 nvt
Totaal Limburg 51 nvt
Eindtotaal 73 nvt
"""


def test_nvt_after_one_figure_is_a_blank_cell_not_a_unit_laid_out():
    answer = read_text(NVT_AFTER_FIGURES_LAID_OUT, "generated.txt")
    assert answer.issues == []
    cells = _cells(answer)
    assert [c for c in cells if c[0] in (8, 10, 14, 17)] == [
        (8, "row", "465789", "Antwerpen", "2016-2017", 22),
        (10, "subtotal", None, "Antwerpen", "2016-2017", 22),
        (14, "row", "465789", "Limburg", "2016-2017", 32),
        (17, "row", "509380", "Limburg", "2016-2017", 19),
    ]
    assert [f.message for f in audit(answer).findings if f.severity == "error"] == []


def test_nvt_after_one_figure_under_no_total_reads_in_its_own_period():
    cells = _cells(read_text(NVT_COLUMN_NO_TOTALS, "generated.txt"))
    assert cells == [
        (3, "row", "465789", None, "2016-2017", 22),
        (4, "row", "509380", None, "2016-2017", 32),
        (5, "row", "815630", None, "2016-2017", 19),
        (6, "row", "816506", None, "2016-2017", 60),
        (6, "row", "816506", None, "2017-2018", 19),
    ]


def test_nvt_after_one_figure_in_the_seeds_form_reads():
    answer = read_text(NVT_AFTER_FIGURES_PLAIN, "generated.txt")
    assert answer.issues == []
    assert [(c[0], c[4], c[5]) for c in _cells(answer)] == [
        (2, "2016-2017", 22), (3, "2016-2017", 22), (4, "2016-2017", 32), (5, "2016-2017", 19),
        (6, "2016-2017", 51), (7, "2016-2017", 73),
    ]
