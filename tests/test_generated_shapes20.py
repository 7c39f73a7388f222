"""Round 20's combined shapes, built from persons, in every text form users hold.

The generator (``tests/generate/``, :data:`generate.model.KINDS20`) combines the shapes of
DOMAIN.md — province blocks over several years, school years or months (with a total column,
or blank cells printed as a mark), sector blocks with a total column, ``Totaal inschrijvingen``
beside ``Totaal unieke cursisten`` with a total column or over provinces — and draws them as
every shape is drawn: persons → memberships → counts → a printed answer. Each answer is
printed in the seeds' single-spaced form, as laid-out text whose geometry the generator draws
itself (:mod:`generate.laid`: ``pdftotext -layout``'s form, with column widths, gaps, wrapped
labels and headers, province columns and page breaks that one typesetter's PDF never shows),
and as a PDF (fpdf2) read by okot-audit itself and by ``pdftotext -layout``, ``pdftotext``,
pypdf and pdfplumber. Properties:

- the seeds' form, the laid-out text, the PDF and ``pdftotext -layout`` read back exactly:
  every cell (level, code, label, province, period, count, partial, semantics) at its line or
  page, no issue, no false total error;
- pypdf and pdfplumber text: no false total error, and no clean pass with a figure not read as
  printed; ``pdftotext`` without ``-layout``: every table an ``unreadable-table`` error;
- the totals rules report exactly what the figures say (:meth:`TableModel.total_checks`): the
  persons counted twice on a consistent answer and nothing at error or warning level, and a
  corrupted figure exactly as the oracle says of the corrupted answer.
"""

from __future__ import annotations

from okot_audit import audit, read_text

HEAD = (
    "OKOT's - Zorgsector\n\nANTWOORD\nop vraag nr. 1 van 1 januari 2016\n\n"
    "1. Hieronder vindt u een overzicht van het aantal gestarte unieke cursisten.\n\n"
)


def _read(body: str):
    answer = read_text(HEAD + body + "\n", "generated.txt")
    cells = [(c.level, c.province, c.code or c.label, c.period, c.count) for t in answer.tables for c in t.cells]
    return cells, [(i.kind, i.line) for i in answer.issues], answer


# ---------------------------------------------------------------------------------------------
# Found by the properties: the smallest examples


def test_a_label_wrapped_before_its_number_leaves_the_blank_marks_to_its_row():
    """``541197: vorming -`` / ``1 13 x 7 25`` in a table that prints blanks as ``x``: the dash
    ends the label's first line (a line of marks alone holds no row's figures), ``1`` is the
    label's, ``13 x 7 25`` its four periods. Before, the ``x`` was no mark there, the label
    became ``vorming - 1 13 x`` and its figures ``7`` and ``25`` went silently to 2020 and
    2023 — the unique totals held, so nothing was reported."""
    cells, issues, _ = _read(
        "Opleiding 2020 2021 2022 2023\n541197: vorming -\n1 13 x 7 25 \n"
        "900101: zorgkundige 20 x 10 5\nTotaal 25 x 10 28"
    )
    assert issues == []
    assert [c for c in cells if c[2] == "541197"] == [
        ("row", None, "541197", "2020", 13), ("row", None, "541197", "2022", 7), ("row", None, "541197", "2023", 25),
    ]


def test_figures_and_marks_alone_below_a_label_more_than_the_periods_begin_with_the_labels():
    """``828006: Verkorte`` / ``2`` / ``- 3 11 7 x 71`` under four periods: ``- 3`` ends the
    label ``Verkorte 2 - 3``, ``x`` is 2017's blank. Before, an ``ambiguous-alignment`` error."""
    cells, issues, answer = _read(
        "Opleiding 2015 2016 2017 2018\n828006: Verkorte\n2\n- 3 11 7 x 71\n"
        "900101: zorgkundige 4 x 2 9\nTotaal 15 7 2 80"
    )
    assert issues == []
    assert [c for c in cells if c[2] == "828006"] == [
        ("row", None, "828006", "2015", 11), ("row", None, "828006", "2016", 7), ("row", None, "828006", "2018", 71),
    ]
    assert answer.tables[0].cells[0].label == "Verkorte 2 - 3"


def test_a_province_glued_after_a_row_whose_last_cell_is_a_mark_is_the_blocks():
    """``900101: zorgkundige 27 16 x Limburg``: the floating province label printed on a row
    whose last cell is a blank mark. Before, the ``x`` stayed (the line did not end in figures)
    and the row was an ``unreadable-table`` error."""
    cells, issues, _ = _read(
        "Provincie Opleiding 2021 2022 2023\n900101: zorgkundige 27 16 x Limburg\n"
        "900102: verpleegkunde 2 x 4\nTotaal Limburg 29 16 4\nEindtotaal 29 16 4"
    )
    assert issues == []
    assert cells[:4] == [
        ("row", "Limburg", "900101", "2021", 27), ("row", "Limburg", "900101", "2022", 16),
        ("row", "Limburg", "900102", "2021", 2), ("row", "Limburg", "900102", "2023", 4),
    ]


def test_a_province_before_a_programme_name_is_the_blocks_not_the_names():
    """``Limburg Graduaat orthopedagogie 3 28``: the province's cell (centred beside its block's
    rows) printed on a row's line, before a programme name without code. Before, the row was
    named ``Limburg Graduaat orthopedagogie`` — a programme no catalogue knows."""
    cells, issues, _ = _read(
        "Provincie Opleiding 2021 2022\nGraduaat verpleegkunde 5 6\nLimburg Graduaat orthopedagogie 3 28\n"
        "Totaal Limburg 8 30\nEindtotaal 8 30"
    )
    assert issues == []
    assert cells[:4] == [
        ("row", "Limburg", "Graduaat verpleegkunde", "2021", 5), ("row", "Limburg", "Graduaat verpleegkunde", "2022", 6),
        ("row", "Limburg", "Graduaat orthopedagogie", "2021", 3), ("row", "Limburg", "Graduaat orthopedagogie", "2022", 28),
    ]


def test_a_province_before_a_wrapped_programme_name_in_laid_out_text_keeps_the_columns():
    """The same in laid-out text (``pdftotext -layout``), the name wrapped below its figures and
    its first period blank: the province leaves the name, and every figure keeps its column."""
    cells, issues, _ = _read(
        "Provincie              Opleiding                              2016-2017      2017-2018      2018-2019\n\n"
        "Brussel                Professionele en algemene - 1ste                             66             26\n"
        "                       jaar master apotheekassistent\n"
        "                       Tweedekansonderwijs vorming                    6          1.805          1.159\n"
        "Totaal Brussel                                                        6          1.857          1.167\n"
        "Eindtotaal                                                            6          1.857          1.167"
    )
    assert issues == []
    assert cells[:2] == [
        ("row", "Brussel", "Professionele en algemene - 1ste jaar master apotheekassistent", "2017-2018", 66),
        ("row", "Brussel", "Professionele en algemene - 1ste jaar master apotheekassistent", "2018-2019", 26),
    ]


def test_a_province_region_named_after_its_province_stays_a_province_row():
    """``Brussel Hoofdstedelijk Gewest 12 14``: a province row whose whole label names the
    province, not a province before a name."""
    cells, issues, _ = _read(
        "Provincie 2021 2022\nAntwerpen 3 4\nBrussel Hoofdstedelijk Gewest 12 14\nTotaal 15 18"
    )
    assert issues == []
    assert [c[1:3] for c in cells if c[0] == "row"] == [("Antwerpen", "Antwerpen")] * 2 + [
        ("Brussel", "Brussel Hoofdstedelijk Gewest")] * 2


def test_the_total_column_of_enrolments_is_not_summed_over_rows_that_count_persons_once():
    """``Totaal inschrijvingen`` beside ``Totaal unieke cursisten`` with a ``Totaal`` column: the
    enrolments' ``Totaal`` adds up its periods (33 = 15 + 18), the rows' ``Totaal`` counts each
    person once over the periods (18 < 10 + 12: 4 persons in both years), so the rows' sum (29)
    is no check of 33. Before, a false ``parts-exceed-total``-style error: "the Totaal column of
    the Totaal inschrijvingen line is 33 but its rows sum to only 29"."""
    _, issues, answer = _read(
        "Opleiding 2021 2022 Totaal\n900101: zorgkundige 10 12 18\n900102: verpleegkunde 5 6 11\n"
        "Totaal inschrijvingen 15 18 33\nTotaal unieke cursisten 14 17 28"
    )
    assert issues == []
    report = audit(answer, select=["total-exceeds-parts", "total-below-largest-part", "parts-exceed-total"])
    assert [(f.rule, f.severity, f.label, f.period) for f in report.findings if f.severity == "error"] == []
    # (the enrolments' own periods still check it: a figure off there is an error)
    _, _, wrong = _read(
        "Opleiding 2021 2022 Totaal\n900101: zorgkundige 10 12 18\n900102: verpleegkunde 5 6 11\n"
        "Totaal inschrijvingen 15 18 34\nTotaal unieke cursisten 14 17 28"
    )
    errors = [(f.rule, f.stated, f.observed) for f in audit(wrong).findings if f.severity == "error"]
    assert errors == [("total-exceeds-parts", 34, 33)]
