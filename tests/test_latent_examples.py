"""Reader bugs that derandomized Hypothesis examples found when a property test ran alone (the
examples Hypothesis draws depend on what else is loaded), and false readings of the same kind.

Each test holds the concrete text of the failing example — a correct answer as the generator
(``tests/generate/``) prints it — and what a correct reader and audit give: the cells, no
:class:`~okot_audit.tables.ParseIssue`, the exact findings.
"""

from __future__ import annotations

from okot_audit import audit, read_text


def _findings(text: str, path: str = "a.txt") -> list[tuple]:
    """Every finding but ``code-unknown`` (the generated codes are random) as (rule, severity,
    line, period, stated, observed)."""
    return [
        (f.rule, f.severity, f.line, f.period, f.stated, f.observed)
        for f in audit(read_text(text, path)).findings if f.rule != "code-unknown"
    ]


def _cells(text: str) -> list[tuple]:
    answer = read_text(text, "a.txt")
    return [(c.level, c.province, c.code, c.label, c.count, c.line) for t in answer.tables for c in t.cells]


#: The answer's opening that the generator printed above each example's table (2015, per province).
ANSWER_2015 = (
    'JO BOURNS\n'
    'VLAAMS MINISTER VAN ECONOMIE, INNOVATIE, WERK, SOCIALE ECONOMIE EN LANDBOUW\n'
    '\n'
    'ANTWOORD \n'
    'op vraag nr. 1 van 1 januari 2016\n'
    'van JAN LAEREMANS\n'
    '\n'
    '1. Hieronder vindt u de gevraagde gegevens voor \n'
    '2015. De cijfers geven het aantal gestarte \n'
    'cursisten weer voor het volledige jaar 2015. De \n'
    'cijfers hieronder geven het aantal unieke \n'
    'cursisten per opleiding en per provincie weer.\n'
    '\n'
)

# ---------------------------------------------------------------------------------------------
# 1. A label that ends in a range, wrapped before its last digit, a province label glued after
#    the row's count (tests/test_roundtrip_property.py::test_province_blocks_and_floating_labels)

WRAPPED_RANGE_GLUED_PROVINCE = (
    ' Onderwijskwalificerende opleidingstrajecten met VDAB-opleidingscontract (OKOT’s)  -  \n'
    'Onderwijssector\n'
    '\n'
    'Omdat veel knelpuntberoepen niet ingevuld raken, \n'
    'richtte VDAB enkele jaren geleden de OKOT’s op.\n'
    '\n'
    + ANSWER_2015 +
    'Provincie Opleiding Aantal\n'
    '000000: Educatieve - 1ste jaar 2\n'
    'Totaal Antwerpen 2\n'
    '000000: Educatieve - 1ste jaar 2\n'
    '000001: Educatieve 1\n'
    '000002: Educatieve - 1ste jaar 1\n'
    '000010: Educatieve 1\n'
    '010000: Educatieve - 1ste jaar Educatieve Educatieve Educatieve Educatieve Educatieve 2 -\n'
    '3 1 Limburg\n'
    'Totaal Limburg 6\n'
    '000000: Educatieve - 1ste jaar 1\n'
    '000001: Educatieve 1\n'
    'Totaal Oost-Vlaanderen 2\n'
    '000000: Educatieve - 1ste jaar 1\n'
    '000001: Educatieve 1\n'
    '000002: Educatieve - 1ste jaar 1\n'
    '000010: Educatieve 1\n'
    '000011: Educatieve 1\n'
    'Totaal Vlaams-Brabant 5\n'
    '000000: Educatieve - 1ste jaar 2\n'
    '000001: Educatieve 2\n'
    'Totaal West-Vlaanderen 3\n'
    'Eindtotaal 17\n'
)


def test_a_range_wrapped_before_its_last_digit_with_a_glued_province_keeps_its_dash():
    """``… Educatieve 2 -`` / ``3 1 Limburg``: the label ends in the range ``2 - 3``, the row's
    count is 1, ``Limburg`` the block's floating label glued after it. The dash was taken for
    a blank cell's mark (the glued name hid the figures of the line below, so the row seemed to
    end on the dash's line): the row read 2, and ``3 1 Limburg`` was left a stray number."""
    answer = read_text(WRAPPED_RANGE_GLUED_PROVINCE, "a.txt")
    assert answer.issues == []
    limburg = [c for c in _cells(WRAPPED_RANGE_GLUED_PROVINCE) if c[1] == "Limburg"]
    assert limburg == [
        ("row", "Limburg", "000000", "Educatieve - 1ste jaar", 2, 23),
        ("row", "Limburg", "000001", "Educatieve", 1, 24),
        ("row", "Limburg", "000002", "Educatieve - 1ste jaar", 1, 25),
        ("row", "Limburg", "000010", "Educatieve", 1, 26),
        ("row", "Limburg", "010000",
         "Educatieve - 1ste jaar Educatieve Educatieve Educatieve Educatieve Educatieve 2 - 3", 1, 28),
        ("subtotal", "Limburg", None, "Totaal Limburg", 6, 29),
    ]
    assert _findings(WRAPPED_RANGE_GLUED_PROVINCE) == [
        ("parts-exceed-total", "info", 41, "2015", 3, 4),
        ("double-count-outlier", "info", 41, "2015", 3, 4),
        ("parts-exceed-total", "info", 42, "2015", 17, 18),
    ]


# ---------------------------------------------------------------------------------------------
# 2. An ordinal wrapped between its number and its ending (``… traject - 1`` / ``ste jaar 2``)
#    (tests/test_rule_properties.py::test_a_total_raised_above_its_parts)

ORDINAL_WRAPPED_THREE_LINES = (
    ' Onderwijskwalificerende opleidingstrajecten met VDAB-opleidingscontract (OKOT’s)  -  \n'
    'Onderwijssector\n'
    '\n'
    'Omdat veel knelpuntberoepen niet ingevuld raken, \n'
    'richtte VDAB enkele jaren geleden de OKOT’s op. \n'
    'Omdat veel knelpuntberoepen niet ingevuld raken, \n'
    'richtte VDAB enkele jaren geleden de OKOT’s op.\n'
    '\n'
    'Omdat veel knelpuntberoepen niet ingevuld raken, \n'
    'richtte VDAB enkele jaren geleden de OKOT’s op. Zo \n'
    'waren er vorig jaar 2 inschrijvingen, tegenover 2 \n'
    'in 2010.\n'
    '\n'
    'JO BOURNS\n'
    'VLAAMS MINISTER VAN ECONOMIE, INNOVATIE, WERK, SOCIALE ECONOMIE EN LANDBOUW\n'
    '\n'
    'ANTWOORD \n'
    'op vraag nr. 1 van 1 januari 2016\n'
    'van JAN LAEREMANS\n'
    '\n'
    '1. Hieronder vindt u de gevraagde gegevens voor \n'
    '2015. De cijfers geven het aantal gestarte \n'
    'cursisten weer voor het volledige jaar 2015. De \n'
    'cijfers hieronder geven het aantal unieke \n'
    'cursisten per opleiding en per provincie weer. Bij \n'
    'deze tabellen mag je niet zomaar de som nemen van \n'
    'alle tussentotalen.\n'
    '\n'
    'Provincie Opleiding Aantal\n'
    '908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 201\n'
    '908002: Educatieve bachelor voor kleuteronderwijs - 2de jaar 1\n'
    'Antwerpen\n'
    '908003: Educatieve\n'
    'bachelor voor kleuteronderwijs - 3de jaar 1\n'
    '\n'
    '\n'
    '\n'
    '\n'
    '908004: Educatieve bachelor  voor kleuteronderwijs - verkort traject - 1 ste jaar 1\n'
    '908005: Educatieve\n'
    'bachelor voor kleuteronderwijs - verkort traject - 2de jaar 1\n'
    'Totaal Antwerpen 205\n'
    '908001: Educatieve\n'
    'bachelor voor kleuteronderwijs - 1ste jaar 3\n'
    '908004: Educatieve bachelor voor kleuteronderwijs - verkort traject -\n'
    '1\n'
    'ste jaar 3\n'
    '908012: Educatieve bachelor voor lager onderwijs - 2de jaar 1\n'
    'Totaal Limburg 6\n'
    'Eindtotaal 210\n'
)

ORDINAL_WRAPPED_TWO_LINES = (
    ' Onderwijskwalificerende opleidingstrajecten met VDAB-opleidingscontract (OKOT’s)  -  \n'
    'Onderwijssector\n'
    '\n'
    'Omdat veel knelpuntberoepen niet ingevuld raken, \n'
    'richtte VDAB enkele jaren geleden de OKOT’s op.\n'
    '\n'
    'Omdat veel knelpuntberoepen niet ingevuld raken, \n'
    'richtte VDAB enkele jaren geleden de OKOT’s op.\n'
    '\n'
    + ANSWER_2015 +
    'Provincie Opleiding Aantal\n'
    '908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 2\n'
    '908002: Educatieve bachelor voor kleuteronderwijs - 2de jaar 1\n'
    '908003: Educatieve bachelor voor kleuteronderwijs - 3de jaar 1\n'
    '908005: Educatieve bachelor voor kleuteronderwijs - verkort traject - 2de jaar 1\n'
    '908011: Educatieve bachelor voor lager onderwijs - 1ste jaar 1\n'
    'Totaal Antwerpen 6\n'
    '908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 3\n'
    '908004: Educatieve bachelor voor kleuteronderwijs - verkort traject - 1\n'
    'ste jaar 2\n'
    '908005: Educatieve bachelor voor kleuteronderwijs - verkort traject - 2de jaar 1\n'
    'Totaal Limburg 5\n'
    'Eindtotaal 10\n'
)

_LABEL_908004 = "Educatieve bachelor voor kleuteronderwijs - verkort traject - 1 ste jaar"


def test_an_ordinal_wrapped_away_from_its_ending_over_three_lines():
    """``… verkort traject -`` / ``1`` / ``ste jaar 3``: the ``1`` is the ordinal's (``1 ste
    jaar``), the row counts 3. The last line was taken for label words ending in the label's
    own number (``jaar 3``, as ``module 5``), so the row read 1 and the label ``… - ste jaar 3``:
    a false ``total-exceeds-parts`` error on Limburg (6 against 5) and a ``label-mismatch``."""
    answer = read_text(ORDINAL_WRAPPED_THREE_LINES, "a.txt")
    assert answer.issues == []
    rows = [c for c in _cells(ORDINAL_WRAPPED_THREE_LINES) if c[2] == "908004"]
    assert rows == [
        ("row", "Antwerpen", "908004", _LABEL_908004, 1, 39),
        ("row", "Limburg", "908004", _LABEL_908004, 3, 47),
    ]
    assert _findings(ORDINAL_WRAPPED_THREE_LINES) == [
        ("parts-exceed-total", "info", 49, "2015", 6, 7),
        ("parts-exceed-total", "info", 50, "2015", 210, 211),
    ]


def test_a_raised_subtotal_is_the_only_error_of_the_answer_with_a_wrapped_ordinal():
    """The failing example itself: Antwerpen's subtotal raised from 205 to 206 — that error,
    and no other error or warning."""
    raised = ORDINAL_WRAPPED_THREE_LINES.replace("Totaal Antwerpen 205", "Totaal Antwerpen 206")
    assert [f for f in _findings(raised) if f[1] != "info"] == [
        ("total-exceeds-parts", "error", 42, "2015", 206, 205),
    ]


def test_an_ordinal_wrapped_away_from_its_ending_over_two_lines():
    """``… verkort traject - 1`` / ``ste jaar 2``: the row counts 2. A count taken from the line
    above (``1``, an extractor's centred cell) was weighed too, the label then ``… - ste jaar
    2``; both fit the totals, so the row was refused (``ambiguous-alignment``) and the table not
    checked. An ordinal's number, its ending on the next line, is never a count."""
    answer = read_text(ORDINAL_WRAPPED_TWO_LINES, "a.txt")
    assert answer.issues == []
    assert [c for c in _cells(ORDINAL_WRAPPED_TWO_LINES) if c[2] == "908004"] == [
        ("row", "Limburg", "908004", _LABEL_908004, 2, 32),
    ]
    assert _findings(ORDINAL_WRAPPED_TWO_LINES) == [
        ("parts-exceed-total", "info", 34, "2015", 5, 6),
        ("parts-exceed-total", "info", 35, "2015", 10, 11),
    ]
    raised = ORDINAL_WRAPPED_TWO_LINES.replace("Totaal Antwerpen 6", "Totaal Antwerpen 7")
    assert [f for f in _findings(raised) if f[1] != "info"] == [
        ("total-exceeds-parts", "error", 29, "2015", 7, 6),
    ]


def test_an_ordinal_ending_must_be_its_numbers_own():
    """The ending must be the number's own: ``12`` / ``de …`` is no ordinal (``12de`` would be,
    but a label that goes on with the article ``de`` is as likely): the reader keeps weighing 12
    as a count there."""
    from okot_audit.parse.cells import ordinal_number_above

    assert ordinal_number_above("… verkort traject - 1", "ste jaar 2") == "1"
    assert ordinal_number_above("… traject - 2", "de jaar 5") == "2"
    assert ordinal_number_above("… traject - 2", "e jaar") == "2"
    assert ordinal_number_above("… traject - 1", "de opleiding 5") is None
    assert ordinal_number_above("… traject - 8", "de jaar 5") is None
    assert ordinal_number_above("… onderwijs", "ste jaar 2") is None
    assert ordinal_number_above("… traject - 1", "stelsel 2") is None


# ---------------------------------------------------------------------------------------------
# 3. What a table counts: the words that say so, not a word in passing

HEAD = "ANTWOORD\nop vraag nr. 233 van 12 december 2023\n\n"
TABLE = (
    "Opleiding 2021 2022\n"
    "908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 50 71\n"
    "908002: Educatieve bachelor voor kleuteronderwijs - 2de jaar 33 40\n"
    "Totaal 80 108\n"
)


def _table_cells(semantics: str, line: int = 7) -> list[tuple]:
    """The cells of :data:`TABLE` under a header on `line`, its totals of `semantics`."""
    return [
        ("row", "908001", "2021", 50, line + 1, None), ("row", "908001", "2022", 71, line + 1, None),
        ("row", "908002", "2021", 33, line + 2, None), ("row", "908002", "2022", 40, line + 2, None),
        ("total", None, "2021", 80, line + 3, semantics), ("total", None, "2022", 108, line + 3, semantics),
    ]


def _read(text: str) -> tuple[str, bool, list[tuple]]:
    answer = read_text(text, "a.txt")
    (table,) = answer.tables
    assert answer.issues == []
    return table.measure, table.unique_persons, [
        (c.level, c.code, c.period, c.count, c.line, c.semantics) for c in table.cells
    ]


UNIQUE_WITH_ENROLMENTS_IN_PASSING = HEAD + (
    "1. Hieronder vindt u het aantal unieke cursisten dat een OKOT startte, per opleiding en per\n"
    "jaar. Late inschrijvingen worden nog verwerkt.\n"
    "\n"
) + TABLE


def test_enrolments_named_in_passing_do_not_make_a_table_of_persons_count_enrolments():
    """The sentence right before the table names ``inschrijvingen`` in passing; the sentence
    that says what the table counts names unique persons. The table was read as one of
    enrolments: two false ``parts-exceed-total`` errors (its rows may count a person twice)."""
    assert _read(UNIQUE_WITH_ENROLMENTS_IN_PASSING) == ("started", True, _table_cells("unique"))
    assert _findings(UNIQUE_WITH_ENROLMENTS_IN_PASSING) == [
        ("parts-exceed-total", "info", 10, "2021", 80, 83),
        ("parts-exceed-total", "info", 10, "2022", 108, 111),
    ]


def test_a_unit_named_only_in_passing_leaves_the_table_of_unique_persons():
    """Nothing says what the table counts (``de cijfers``) but a word in passing: the unit is
    not stated, and the table is read as OKOT answers count, unique persons."""
    text = HEAD + (
        "1. Hieronder vindt u de cijfers van de gestarte OKOT's per opleiding. Late inschrijvingen\n"
        "worden nog verwerkt.\n\n"
    ) + TABLE
    assert _read(text) == ("started", True, _table_cells("unique"))
    assert [f[0:3] for f in _findings(text)] == [
        ("parts-exceed-total", "info", 10), ("parts-exceed-total", "info", 10),
    ]


ENROLMENTS_WITH_PERSONS_IN_PASSING = HEAD + (
    "1. Hieronder vindt u het aantal inschrijvingen in een OKOT, per opleiding en per jaar. Cursisten\n"
    "die twee opleidingen volgen, staan in twee rijen.\n"
    "\n"
) + TABLE


def test_a_table_of_enrolments_stays_one_with_persons_named_in_passing():
    """The reverse: the table counts enrolments (``het aantal inschrijvingen``); the sentence
    nearest to it names ``cursisten`` in passing. It was read as a table of unique persons
    (``measure-unknown``, its totals ``unique``); enrolments add up, so a sum above the total is
    an error."""
    assert _read(ENROLMENTS_WITH_PERSONS_IN_PASSING) == ("enrolled", False, _table_cells("additive"))
    assert [f for f in _findings(ENROLMENTS_WITH_PERSONS_IN_PASSING) if f[1] != "info"] == [
        ("parts-exceed-total", "error", 10, "2021", 80, 83),
        ("parts-exceed-total", "error", 10, "2022", 108, 111),
    ]


def test_the_tables_caption_wins_over_the_prose_above_it():
    """Where the words truly conflict, the table's own caption (a title of a few words above
    it) says what it counts, not the item's sentence. (Read so before too: a guard.)"""
    text = HEAD + (
        "1. Hieronder vindt u het aantal unieke cursisten dat een OKOT startte. Late inschrijvingen\n"
        "worden nog verwerkt.\n"
        "\n"
        "Tabel 1: inschrijvingen per opleiding\n"
        "\n"
    ) + TABLE
    assert _read(text) == ("started", False, _table_cells("additive", line=9))


def test_a_measure_named_in_passing_does_not_make_starters_graduates():
    """``Wie later slaagde, behaalde een bachelordiploma.`` after the sentence about starters:
    the table was read as one of graduates, and its first years were false ``stage-not-final``
    warnings."""
    text = HEAD + (
        "1. Hieronder vindt u het aantal unieke cursisten dat in 2023 een OKOT startte, per opleiding. Wie\n"
        "later slaagde, behaalde een bachelordiploma.\n"
        "\n"
        "Opleiding 2023\n"
        "908001: Educatieve bachelor voor kleuteronderwijs - 1ste jaar 50\n"
        "908011: Educatieve bachelor voor lager onderwijs - 1ste jaar 33\n"
        "Totaal 80\n"
    )
    answer = read_text(text, "a.txt")
    assert [(t.id, t.measure) for t in answer.tables] == [("started", "started")]
    assert _findings(text) == [("parts-exceed-total", "info", 10, "2023", 80, 83)]


def test_a_sentence_that_opens_the_item_says_what_its_table_counts():
    """No word points at the table (``Het profiel van de werkzoekenden die … startten.``), but
    the sentence opens the answer's item: it says what the item's table counts. (Read so before
    too, the nearest sentence naming a measure: a guard that passing words stay apart.)"""
    text = HEAD + (
        "1. Het profiel van de werkzoekenden die in 2023 een OKOT startten.\n\n"
        "Geslacht 2023\nMan 97\nVrouw 151\nTotaal 248\n"
    )
    answer = read_text(text, "a.txt")
    assert [(t.measure, t.unique_persons) for t in answer.tables] == [("started", True)]
    assert _findings(text) == []


def test_a_year_in_passing_is_no_period_of_the_table():
    """The table's one period is named only in the prose: the sentence that says what the table
    counts names 2021; a comparison after it names 2020. The year named last on a tie was
    taken: every cell was read under 2020 (and would be compared with another answer's 2020)."""
    text = HEAD + (
        "1. Hieronder vindt u het aantal unieke cursisten dat in 2021 een OKOT startte, per provincie. Ter\n"
        "vergelijking: in 2020 waren dat er 3.058.\n"
        "\n"
        "Provincie Aantal\nAntwerpen 577\nLimburg 529\nTotaal 1.100\n"
    )
    answer = read_text(text, "a.txt")
    assert answer.issues == []
    assert [(c.level, c.label, c.period, c.count) for t in answer.tables for c in t.cells] == [
        ("row", "Antwerpen", "2021", 577), ("row", "Limburg", "2021", 529), ("total", "Totaal", "2021", 1100),
    ]
    assert _findings(text) == [("parts-exceed-total", "info", 10, "2021", 1100, 1106)]


def test_a_year_named_only_in_passing_is_still_the_period():
    """Where no sentence that says what the table counts names a year, the years of the whole
    text are weighed as before (``De cijfers per provincie volgen.`` names none; ``Het ging in
    2022 vooral om jongeren.`` names it in passing)."""
    text = HEAD + (
        "1. De cijfers per provincie volgen. Zij betreffen de starters. Het ging in 2022 vooral om\n"
        "jongeren.\n"
        "\n"
        "Provincie Aantal\nAntwerpen 577\nLimburg 529\nTotaal 1.100\n"
    )
    answer = read_text(text, "a.txt")
    assert {c.period for t in answer.tables for c in t.cells} == {"2022"}
