"""speed20: the reader's first looks of session 20 give the answers of the steps they stand in front of.

Each quick path lets most lines or sentences go after a cheap look at what every one the step reads
must hold. Each property builds text of the kinds the step reads (and prose and rows around it) and
checks that the step with its first look gives what it gives without it (the look replaced by one
that lets everything through), and whole answers of prose, a table of programmes and a table of a
year's parts are read alike; explicit examples show that a look one step too narrow would give
another answer (the properties are no tautology), and that the steps now leave most lines unasked.
The first rows of tables on their side, found now line by line, give the tables the search of the
whole text gave (which ran over a line break from a month alone on its line: shown apart).
"""

from __future__ import annotations

import re
from contextlib import ExitStack
from unittest import mock

from hypothesis import example, given
from hypothesis import strategies as st

from okot_audit.parse import context, quarters, transposed


def _tables(text: str) -> list:
    """The tables of an answer's text as the reader reads them: id, statistic, periods, cells."""
    from okot_audit.parse import parse_answer
    from okot_audit.source import decode_source

    return [(t.id, t.statistic, t.periods, t.cells) for t in parse_answer(decode_source(text.encode(), "a.txt")).tables]


def _every_look_open():
    """Both steps' first looks letting everything through."""
    stack = ExitStack()
    stack.enter_context(mock.patch.object(context, "_may_name_statistic", lambda text: True))
    stack.enter_context(mock.patch.object(quarters, "_YEAR_DIGITS", ("",)))
    stack.enter_context(mock.patch.object(quarters, "_heads", lambda lines, parts: range(len(lines))))
    return stack


# --------------------------------------------------------------------------- a year's parts as rows

PART_HEADERS = ["Kwartaal Aantal", "Periode  Aantal unieke cursisten", "Periode Gestart Geslaagd",
                "Kwartaal Man Vrouw Totaal", "Aantal", "trimester inschrijvingen", "Kwartaal 2023 2024"]
PARTS = ["1e kwartaal", "2de kwartaal", "derde kwartaal", "4e kwartaal", "Q1", "q2", "K3", "H1", "S2",
         "eerste helft", "tweede jaarhelft", "kwartaal 3", "januari-maart", "apr.-jun.", "jul - sep", "okt.\u2013dec."]
YEARS = ["2024", "2019", "1999", "2020", "2031"]
FIGURES = ["120", "1.240", "7", "-", "0", "x", "<5"]
OTHER = ["", "  ", "Totaal 250", "Totaal 2024 250", "Totaal", "Antwerpen 12 14", "Opleiding 2019 2020",
         "In 2024 startten 120 cursisten per kwartaal.", "908001: Bachelor - 1ste jaar 50 71", "2020 812 402",
         "Provincie Oost-Vlaanderen 2019 2020", "Q1 2024 had 12 starters"]

figures = st.lists(st.sampled_from(FIGURES), min_size=1, max_size=3)
gap = st.sampled_from([" ", "  ", "\t"])


@st.composite
def part_table(draw):
    """A table of a year's parts: a header, up to four blank lines, two to four rows that each
    open with a different part of one year (the year before or after it), perhaps a total."""
    year, before, space = draw(st.sampled_from(YEARS)), draw(st.booleans()), draw(gap)
    parts = draw(st.lists(st.sampled_from(PARTS), min_size=2, max_size=4, unique=True))
    rows = [(f"{year} {part}" if before else f"{part} {year}") + space + space.join(draw(figures)) for part in parts]
    total = draw(st.sampled_from(["", "Totaal 250", f"Totaal {year} 250"]))
    return [draw(st.sampled_from(PART_HEADERS)), *[""] * draw(st.integers(0, 4)), *rows, *([total] if total else [])]


others = st.lists(st.sampled_from(OTHER), max_size=3)
part_text = st.builds(
    lambda before, table, more: [*before, *table, *(line for piece in more for line in piece)],
    others, part_table(), st.lists(st.one_of(part_table(), others), max_size=3),
)


def _every_line_asked(lines):
    """:func:`~okot_audit.parse.quarters.find_part_rows` with its first looks letting every line
    through: every line read as a part's row, every line asked as a header."""
    with mock.patch.object(quarters, "_YEAR_DIGITS", ("",)), \
            mock.patch.object(quarters, "_heads", lambda lines, parts: range(len(lines))):
        return quarters.find_part_rows(lines)


@given(part_text)
@example(["Kwartaal Aantal", "", "", "", "1e kwartaal 2024 120", "2e kwartaal 2024 130", "Totaal 250"])
@example(["Periode Gestart Geslaagd", "", "Q1 2024 12 10", "Q2 2024 14 11", "Antwerpen 12 14"])
def test_a_years_parts_are_found_as_without_the_first_looks(lines):
    lines = tuple(lines)
    assert quarters.find_part_rows(lines) == _every_line_asked(lines)


def test_a_header_three_blank_lines_above_its_parts_is_one_the_first_look_lets_through():
    # (a look at three lines above each part's row, not four, would lose this table)
    lines = ("Kwartaal Aantal", "", "", "", "1e kwartaal 2024 120", "2e kwartaal 2024 130", "Totaal 250")
    found = quarters.find_part_rows(lines)
    assert [(r.start, r.end, len(r.items)) for r in found] == [(1, 7, 3)]
    narrower = lambda lines, parts: sorted({j - up for j in parts for up in (1, 2, 3) if j >= up})  # noqa: E731
    with mock.patch.object(quarters, "_heads", narrower):
        assert quarters.find_part_rows(lines) != found


def test_the_parts_rows_are_looked_for_only_on_lines_with_a_years_digits():
    # (the test that fails before: every line was asked, most of them without a year)
    lines = ("Kwartaal Aantal", "1e kwartaal 2024 120", "2e kwartaal 2024 130", "Totaal 250", "Antwerpen 12 14",
             "Limburg 13 15", "Opleiding Aantal")
    asked = []
    real = quarters._part_line
    with mock.patch.object(quarters, "_part_line", lambda text: asked.append(text) or real(text)):
        assert len(quarters.find_part_rows(lines)) == 1
    assert "Antwerpen 12 14" not in asked and "Limburg 13 15" not in asked


# --------------------------------------------------------------------------- a table of values

#: One word (or two) of each alternative of :data:`~okot_audit.parse.context._STATISTIC`.
STATISTIC_WORDS = ["gemiddelde", "Gem.", "mediaan", "Percentage", "procent", "pct", "in %", "( % )", "aandeel",
                   "AANDELEN", "per 100", "per 1.000", "per 1000", "ratio", "slaagkans", "euro", "\u20ac",
                   "kostprijs", "bedragen", "budget", "\u017flaagkans", "in maanden", "in weken", "in dagen", "in uren"]
#: Words that hold one of the first look's words without naming such a value.
NEAR_WORDS = ["gemeente", "100", "duren", "1.000", "Percentages", "procenten", "uren", "per"]
#: How a sentence before a table opens and goes on (a caption, a sentence about the table, prose).
OPENINGS = ["De tabel hieronder geeft het", "Hieronder vindt u de", "Tabel 2:", "Het", "Hoeveel personen",
            "In 2021 was het", "Late inschrijvingen en de", ""]
TAILS = ["", "per opleiding", "van de starters", "aantal unieke cursisten", "weer", "\u0130zmir", "\u017fom"]

sentence = st.builds(
    lambda opening, value, tail, end: " ".join(w for w in (opening, *value, tail) if w) + end,
    st.sampled_from(OPENINGS), st.lists(st.sampled_from(NEAR_WORDS), max_size=1),
    st.sampled_from(TAILS), st.sampled_from([":", ".", "?", "", "\n\n"]),
)
#: The text before a table: sentences, one of them perhaps naming a value (its word among its own).
said_before = st.builds(
    lambda said, at, opening, value, end: [*said[:at], f"{opening} {value}{end}", *said[at:]],
    st.lists(sentence, max_size=3), st.integers(0, 3), st.sampled_from(OPENINGS),
    st.sampled_from(STATISTIC_WORDS + ["starters"]), st.sampled_from([":", "", "."]),
)
header = st.builds(
    lambda words, periods: " ".join([*words, *periods]),
    st.lists(st.sampled_from(["Opleiding", "Provincie", "Aantal", "duur"]), max_size=3),
    st.lists(st.sampled_from(["2019", "2020", "2021*", "2022-2023"]), min_size=1, max_size=3),
)


@given(header, said_before)
@example("Opleiding 2020 2021", ["De tabel hieronder geeft het gemiddelde aantal maanden weer:"])
@example("Opleiding 2020 2021", ["Het aantal uitvallers per 100 starters:"])
def test_a_table_of_values_is_told_as_without_the_first_look(header, said):
    context_text = " ".join(said)
    looked = context.read_statistic(header, context_text)
    with mock.patch.object(context, "_may_name_statistic", lambda text: True):
        assert context.read_statistic(header, context_text) == looked


def test_every_statistic_word_is_one_the_first_look_lets_through():
    # (a look whose words miss one of :data:`_STATISTIC`'s alternatives would tell this table no
    # table of values; each word here is one alternative)
    for word in STATISTIC_WORDS:
        assert context.read_statistic("Opleiding 2020 2021", f"De tabel hieronder geeft het {word} weer:"), word
    narrower = tuple(w for w in context._STATISTIC_NEEDS if w != "100")
    with mock.patch.object(context, "_STATISTIC_NEEDS", narrower):
        assert context.read_statistic("Opleiding 2020 2021", "Het aantal uitvallers per 1000 starters:") == ""


def test_sentences_are_not_searched_for_a_value_where_the_text_names_none():
    # (the test that fails before: every sentence of the text before a table was searched)
    with mock.patch.object(context, "sentences", side_effect=AssertionError("searched")):
        assert context.read_statistic("Opleiding 2020 2021", "Het aantal starters per opleiding. Zie tabel:") == ""


# --------------------------------------------------------------------------- whole answers

#: An answer's opening and a table of programmes, which the sentences before it say what it counts.
OPENING = "Schriftelijke vraag 12 van 3 maart 2023 over OKOT-opleidingen bij VDAB\n\n"
PROGRAMMES = ["Opleiding 2021 2022", "900101: Zorgkundige 12 14", "900102: Verpleegkunde 20 22", "Totaal 32 36"]


@given(said_before, part_table(), st.booleans())
@example(["De tabel hieronder geeft het gemiddelde aantal maanden weer:"], ["Kwartaal Aantal", "", "", "",
         "1e kwartaal 2024 120", "2e kwartaal 2024 130", "Totaal 250"], True)
def test_whole_answers_are_read_as_without_the_first_looks(said, parts, parts_first):
    tables = [parts, PROGRAMMES] if parts_first else [PROGRAMMES, parts]
    text = OPENING + " ".join(said) + "\n\n" + "\n\n".join("\n".join(t) for t in tables) + "\n"
    looked = _tables(text)
    with _every_look_open():
        assert _tables(text) == looked


# --------------------------------------------------------------------------- tables on their side

SIDE_HEADERS = ["Jaar Antwerpen Limburg Totaal", "Jaar  Man  Vrouw  Totaal", "Maand Aantal", "Periode Man Vrouw",
                "Schooljaar Gestart Geslaagd", "Provincie 2020 2021"]
SIDE_PERIODS = ["2020", "2021*", "2019-2020", "januari 2021", "jan-jun 2024", "Q1 2024", "schooljaar 2022-2023",
                "2023 (voorlopig)", "Totaal"]
#: Lines that end in a month's or a part's name, a year opening the next line (``… januari`` /
#: ``2021 5 6``): a search of the whole text ran its pattern over the line break.
SIDE_OTHER = ["", "In 2021 startten 40 cursisten.", "De cijfers lopen tot januari", "Tabel 3: Q1", "maart",
              "Antwerpen 12 14", "2021 was een jaar met 40 starters.", "jaar"]

side_row = st.builds(lambda period, figures, gap: period + gap + gap.join(figures), st.sampled_from(SIDE_PERIODS),
                     st.lists(st.sampled_from(["12", "1.940", "-", "0", "733"]), min_size=1, max_size=3),
                     st.sampled_from([" ", "  "]))
side_text = st.lists(st.one_of(st.sampled_from(SIDE_HEADERS), side_row, st.sampled_from(SIDE_OTHER)), max_size=14)


def _period_lines_in_joined_text(lines):
    """:func:`~okot_audit.parse.transposed._period_lines` as it was: one multiline search of the
    answer's whole text (whose ``\\s+`` may run over a line break)."""
    from okot_audit.parse.scan import lines_at

    pattern = re.compile(transposed._PERIOD_LINE.pattern, re.I | re.M)
    return lines_at(lines, (m.start() for m in pattern.finditer("\n".join(lines))))


@given(side_text)
@example(["Jaar Antwerpen Limburg Totaal", "De cijfers lopen tot januari", "2021 5 6 11", "2022 7 8 15"])
@example(["Maand Aantal", "januari", "2021 5", "februari 2021 6"])
def test_tables_on_their_side_are_found_as_by_the_search_of_the_whole_text(lines):
    lines = tuple(lines)
    found = transposed.find_transposed(lines)
    with mock.patch.object(transposed, "_period_lines", _period_lines_in_joined_text):
        assert transposed.find_transposed(lines) == found


def test_a_month_alone_on_its_line_hides_no_line_that_starts_with_a_period():
    # (the test that fails before: the whole text's search ran from ``januari`` over the line
    # break into ``2021 5`` — the month's line taken for a period's, the year's line lost)
    lines = ("Maand Aantal", "januari", "2021 5", "februari 2021 6")
    assert transposed._period_lines(lines) == [2, 3]
    assert _period_lines_in_joined_text(lines) == [1, 3]
