"""speed18: the reader's steps that skip work give the answers they gave when they did it.

Each change of session 18's speed work asks a cheap question first and leaves out work whose
answer cannot matter, or finds the few lines a step can act on in the answer's whole text at
once. Each is checked two ways: the work is not done where it cannot matter (the test that
fails on the code before), and the step gives what the slower way gives — on lines drawn from
the forms the step reads and prose around them, and on every line of the seeds and of
generated answers of every shape.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from unittest import mock

from hypothesis import given
from hypothesis import strategies as st
from test_speed_equivalence import _quick_classes

ROOT = Path(__file__).resolve().parent.parent


@lru_cache(maxsize=1)
def _answers() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The seeds' and 60 generated answers' lines, as the reader meets them (laid out)."""
    from generate.choices import Plan, RandomChooser
    from generate.model import draw_answer
    from generate.render import render
    from okot_audit.source import decode_source

    texts = [(p.read_bytes(), p.name) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    for i in range(60):
        chooser = RandomChooser(18 * 1_000_003 + i)
        texts.append((render(draw_answer(chooser), Plan(chooser)).data(), f"generated-{i}.txt"))
    return tuple((name, decode_source(data, name).lines) for data, name in texts)


# --------------------------------------------------------------------------- tables on their side

def _unchecked_region(lines, k):
    """:func:`~okot_audit.parse.transposed._region` without its first question (does a period
    and its figures open the lines below?): the header's keys read first, as before."""
    from okot_audit.parse import transposed

    with mock.patch.object(transposed, "_opens_rows", lambda lines, j: True):
        return transposed._region(lines, k)


SIDE_LINES = st.sampled_from([
    "Jaar Antwerpen Limburg Oost-Vlaanderen Totaal", "Jaar  Antwerpen  Limburg  Totaal", "Periode Man Vrouw Totaal",
    "Maand Aantal", "Jaar Man Vrouw", "2020 812 402 733 1.940", "2021 845 398 760 1.996", "2022 1 2 3",
    "2020  12  -  14", "Totaal 1.657 800 1.493 3.936", "jan-jun 2024 12 14", "Q1 2024 3 4", "januari 2021 5 6",
    "2021 was een jaar met 40 starters.", "2019-2020 12 14", "schooljaar 2022-2023 3 4 7", "", "  ",
    "Antwerpen 12 14", "Provincie 2020 2021", "In 2021 startten 40 cursisten.", "2023 (voorlopig) 5 6 11",
])


@given(st.lists(SIDE_LINES, max_size=10))
def test_a_table_on_its_side_is_read_the_same_with_its_first_row_asked_first(lines):
    from okot_audit.parse.transposed import _region

    lines = tuple(lines)
    for k in range(len(lines)):
        assert _region(lines, k) == _unchecked_region(lines, k), (k, lines)


@st.composite
def sideways_answers(draw):
    """An answer's lines with a table on its side drawn constructively: a corner word, the
    columns (provinces or categories of persons, perhaps their total), a line per period
    with a count per column (the total their sum), perhaps a total line, single-spaced or laid
    out, blank lines between, and prose that starts with a year around it."""
    keys = draw(st.sampled_from([["Antwerpen", "Limburg", "Oost-Vlaanderen"], ["Man", "Vrouw"],
                                 ["-25 jaar", "25-54 jaar", "55+ jaar"], ["Vlaams-Brabant", "West-Vlaanderen"]]))
    total = draw(st.booleans())
    gap = draw(st.sampled_from([" ", "  ", "   "]))
    corner = draw(st.sampled_from(["Jaar", "Periode", "Schooljaar", ""]))
    periods = draw(st.sampled_from([["2020", "2021", "2022"], ["2019-2020", "2020-2021"], ["januari 2021", "februari 2021"]]))
    rows = []
    for period in periods:
        counts = draw(st.lists(st.integers(0, 2500), min_size=len(keys), max_size=len(keys)))
        figures = [f"{c:,}".replace(",", ".") for c in counts] + ([f"{sum(counts):,}".replace(",", ".")] if total else [])
        rows.append(gap.join([period, *figures]))
        rows += [""] * draw(st.integers(0, 1 if gap != " " else 0))
    header = gap.join([w for w in [corner, *keys, "Totaal" if total else ""] if w])
    prose = draw(st.sampled_from(["2021 was een jaar met 40 starters.", "In 2021 startten 40 cursisten.", "OKOT"]))
    return tuple([prose, "", header, *[""] * draw(st.integers(0, 2)), *rows, "", prose])


@given(sideways_answers())
def test_a_drawn_table_on_its_side_is_found_the_same_with_its_first_row_asked_first(lines):
    from okot_audit.parse import transposed

    found = transposed.find_transposed(lines)
    with mock.patch.object(transposed, "_opens_rows", lambda lines, j: True):
        assert found == transposed.find_transposed(lines), lines


def test_tables_on_their_side_of_the_seeds_and_generated_answers_are_read_the_same():
    """Every line above a line that starts with a period, in the seeds, generated answers and
    answers with a table on their side (one example each of :func:`sideways_answers`' forms)."""
    from okot_audit.parse.transposed import _period_lines, _region

    sideways = [
        ("Jaar Antwerpen Limburg Oost-Vlaanderen Totaal", "2020 812 402 733 1.947", "2021 845 398 760 2.003"),
        ("Periode  Man  Vrouw", "", "2019-2020  12  14", "", "2020-2021  3  4", "Totaal  15  18"),
        ("Jaar -25 jaar 25-54 jaar 55+ jaar", "januari 2021 5 6 7", "februari 2021 1 2 3"),
    ]
    found = set()
    for name, lines in [*_answers(), *((f"sideways-{i}", lines) for i, lines in enumerate(sideways))]:
        for first in _period_lines(lines):
            for k in range(max(0, first - 3), first):
                region = _region(lines, k)
                assert region == _unchecked_region(lines, k), (name, k + 1)
                if region is not None:
                    found.add(name)
    assert found == {f"sideways-{i}" for i in range(len(sideways))}


def test_no_header_is_read_above_a_line_of_prose_that_starts_with_a_year():
    """``2021 was een jaar …`` under a line of column names: no row of figures follows it, so
    the names are not read (the costly part of finding a table on its side)."""
    from okot_audit.parse import transposed

    lines = ("Jaar Antwerpen Limburg Oost-Vlaanderen Totaal", "2021 was een jaar met 40 starters.", "")
    with mock.patch.object(transposed, "header_keys", side_effect=AssertionError("a header's keys read")):
        assert transposed.find_transposed(lines) == []
    assert transposed.find_transposed(("Jaar Antwerpen Limburg Totaal", "2020 8 4 12", "2021 8 3 11"))


# --------------------------------------------------------------------------- a quick dataclass copied with changes

@given(st.data())
def test_a_quick_class_replaced_is_what_dataclasses_replace_makes(data):
    """Every class given :func:`~okot_audit.quick.quick_init`, any of its fields changed: the
    same fields in the same order as ``dataclasses.replace`` gives, equal and of the class."""
    import dataclasses

    from okot_audit.quick import replace

    classes = _quick_classes()
    assert {c.__name__ for c in classes} >= {"Cell", "Hit", "Period"}
    for cls in classes:
        fields = dataclasses.fields(cls)
        obj = cls(*[f"value-{f.name}" for f in fields])
        changed = data.draw(st.lists(st.sampled_from([f.name for f in fields]), unique=True), label=cls.__name__)
        changes = {name: data.draw(st.one_of(st.none(), st.integers(), st.text(max_size=3))) for name in changed}
        quick, expected = replace(obj, **changes), dataclasses.replace(obj, **changes)
        assert type(quick) is cls and list(quick.__dict__.items()) == list(expected.__dict__.items())
        assert quick == expected and obj == cls(*[f"value-{f.name}" for f in fields])  # (the original untouched)


def test_a_quick_class_is_replaced_without_dataclasses_replace_and_others_with_it():
    import dataclasses

    import pytest

    from okot_audit import quick
    from okot_audit.tables import Cell, Layout

    cell = Cell("row", "2021", 12, 4)
    with mock.patch.object(quick.dataclasses, "replace", side_effect=AssertionError("dataclasses.replace")):
        assert quick.replace(cell, line=7, page=2) == Cell("row", "2021", 12, 7, page=2)
    layout = Layout("province", None, False)
    assert quick.replace(layout, total_column=True) == dataclasses.replace(layout, total_column=True)
    with pytest.raises(TypeError):  # (a change that names no field: as dataclasses.replace says it)
        quick.replace(cell, lines=3)


# --------------------------------------------------------------------------- an answer's lines joined once

JOIN_LINES = st.lists(st.sampled_from(["Antwerpen 12 14", "", "  ", "Totaal 1.657", "a\nb", "\u0130stanbul 3",
                                       "ſ", "OKOT's \u2013 zorg", "x"]), max_size=6)


@given(st.lists(st.tuples(JOIN_LINES, st.booleans(), st.integers(0, 2)), max_size=6))
def test_lines_joined_as_the_steps_ask_are_the_lines_joined(asks):
    """Tuples and lists of lines, each asked once or again (the same object), a list changed
    in between: :func:`~okot_audit.parse.scan.joined` gives what joining them gives."""
    from okot_audit.parse.scan import joined

    def expected(lines):
        text = "\n".join(lines)
        odd = text.count("\n") != len(lines) - 1 or any(c in text for c in "\u0130\u0131\u017f")
        return None if odd else text

    for lines, as_tuple, again in asks:
        asked = tuple(lines) if as_tuple else list(lines)
        for _ in range(1 + again):
            assert joined(asked) == expected(asked), asked
            if not as_tuple:
                asked.append("Limburg 3 4")  # (a list changed after it was joined)


def test_the_same_lines_asked_again_are_not_joined_again():
    from okot_audit.parse.scan import joined

    lines = ("Provincie 2020 2021", "Antwerpen 12 14", "Totaal 12 14")
    text = joined(lines)
    assert text == "\n".join(lines) and joined(lines) is text
    other = list(lines)
    assert joined(other) == text and joined(other) is not joined(other)  # (a list: joined each time)
