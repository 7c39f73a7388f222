"""No figure lost on mutated seeds: every number of a table-like line is a cell or in a finding.

The property of the table shapes (tests/test_shapes.py) over the two seed answers, edited the
way extraction and copy-editing damage real answers: a row's code line deleted (its label and
figures stay), the ``Totaal`` line moved into the prose below, a row duplicated, a cell blanked
(its number deleted, with or without its space), two rows' lines swapped, a blank line put inside
the table. Edits are built on the seeds' own lines (never filtered), one to three at a time.
The one-column seed (provinces, ``Aantal``) gets every edit too: there a number that ends a
row's line is its count unless the next line gives evidence that it is a label digit (``…
module 5`` / ``2``), so a row whose code was lost or a repeated line is never label text.

A line is *table-like* when it starts with a training code, is a total line
(``Totaal``/``Eindtotaal``/``Subtotaal`` and numbers), or ends in numbers right below a code line
(a wrapped label). Every number of its trailing run must be a cell read from that line, part of
the label read there (``modules 1- 4``), or the line must carry a finding (any rule): a figure
is never dropped in silence.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from okot_audit import audit, read_text
from okot_audit.parse.cells import is_number, number_value

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
CODE = re.compile(r"^\s*(?:[A-Z][\w-]*\s+)?\d{6}(?:\s*:|\s+[^\W\d])")
TOTAL = re.compile(r"^\s*(?:totaal|eindtotaal|subtotaal)\b.*\d\s*$", re.I)
NUMBERED = re.compile(r"^\s*\d{1,2}\.\s")


@lru_cache(maxsize=None)
def seed_lines(index: int) -> tuple[str, ...]:
    return tuple(SEEDS[index].read_text(encoding="utf-8").split("\n"))


def trailing_numbers(line: str) -> list[int]:
    tokens = line.split()
    out: list[int] = []
    while tokens and is_number(tokens[-1]):
        out.append(number_value(tokens.pop()))
    return out[::-1]


def table_like(lines: list[str]) -> list[int]:
    """0-based indexes of the table-like lines (see the module docstring)."""
    out = []
    after_code = False
    for i, line in enumerate(lines):
        if CODE.match(line) or TOTAL.match(line):
            out.append(i)
            after_code = bool(CODE.match(line)) and not trailing_numbers(line)
            continue
        if after_code and line.strip():
            if trailing_numbers(line):
                out.append(i)
                after_code = False
            continue
        if not line.strip():
            continue
        after_code = False
    return out


KINDS = ("delete-code", "move-total", "duplicate", "blank-cell", "blank-line")
#: The seed of year tables (several periods) and the seed of one column (``Aantal``).
YEARS, ONE_COLUMN = 0, 1


@st.composite
def mutated_seed(draw, kinds: tuple[str, ...] = KINDS, seeds: tuple[int, ...] | None = None) -> list[str]:
    lines = list(seed_lines(draw(st.sampled_from(seeds or range(len(SEEDS))))))
    for _ in range(draw(st.integers(1, 3))):
        codes = [i for i, line in enumerate(lines) if CODE.match(line)]
        totals = [i for i, line in enumerate(lines) if TOTAL.match(line)]
        numbered = [i for i in table_like(lines) if trailing_numbers(lines[i])]
        kind = draw(st.sampled_from(kinds))
        if kind == "delete-code" and codes:
            i = draw(st.sampled_from(codes))
            match = CODE.match(lines[i])
            assert match is not None
            rest = lines[i][match.end():].lstrip(": ")
            lines[i] = rest  # the code is lost; the label and any figures stay
        elif kind == "move-total" and totals:
            i = draw(st.sampled_from(totals))
            line = lines.pop(i)
            prose = [k for k in range(i, len(lines)) if NUMBERED.match(lines[k])]
            to = draw(st.sampled_from(prose)) + 1 if prose else len(lines)
            lines.insert(to, line)
        elif kind == "duplicate" and numbered:
            i = draw(st.sampled_from(numbered))
            lines.insert(i + 1, lines[i])
        elif kind == "blank-cell" and numbered:
            i = draw(st.sampled_from(numbered))
            tokens = list(re.finditer(r"\S+", lines[i]))
            count = len(trailing_numbers(lines[i]))
            token = tokens[len(tokens) - 1 - draw(st.integers(0, count - 1))]
            keep_space = draw(st.booleans())
            end = token.end() if keep_space else min(len(lines[i]), token.end() + 1)
            lines[i] = lines[i][:token.start()] + lines[i][end:]
        elif kind == "swap" and len(numbered) > 1:
            i, j = draw(st.lists(st.sampled_from(numbered), min_size=2, max_size=2, unique=True))
            lines[i], lines[j] = lines[j], lines[i]
        elif kind == "blank-line" and numbered:
            lines.insert(draw(st.sampled_from(numbered)), "")
    return lines


def lost_figures(lines: list[str]) -> list[tuple[int, int, str]]:
    """(line, number, text) of every number of a table-like line that is neither a cell, nor
    in a label read from that line, nor on a line a finding names."""
    text = "\n".join(lines)
    answer = read_text(text, "mutated.txt")
    report = audit(answer)
    cells = {(c.line, c.count) for t in answer.tables for c in t.cells}
    labels: dict[int, set[str]] = {}
    for table in answer.tables:
        for c in table.cells:
            labels.setdefault(c.line, set()).update((c.label or "").split())
    flagged = {f.line for f in report.findings}
    for issue in answer.issues:  # a run of table-like lines no table took: reported as one span
        if issue.kind == "unreadable-table" and issue.line in flagged and issue.other_line:
            flagged.update(range(issue.line, issue.other_line + 1))
    lost = []
    for i in table_like(lines):
        number = i + 1
        for value in trailing_numbers(lines[i]):
            if (number, value) in cells or number in flagged or str(value) in labels.get(number, ()):
                continue
            lost.append((number, value, lines[i]))
    return lost


def test_the_seeds_lose_no_figure():
    for index in range(len(SEEDS)):
        assert lost_figures(list(seed_lines(index))) == []


@given(mutated_seed(KINDS, (YEARS,)))
def test_every_figure_of_a_mutated_year_table_is_a_cell_or_in_a_finding(lines):
    assert lost_figures(lines) == []


@given(mutated_seed(KINDS, (ONE_COLUMN,)))
def test_every_figure_of_a_mutated_one_column_table_is_a_cell_or_in_a_finding(lines):
    assert lost_figures(lines) == []


def _edited(index: int, old: str, new: list[str]) -> list[str]:
    lines = list(seed_lines(index))
    at = lines.index(old)
    return lines[:at] + new + lines[at + 1:]


def test_a_row_whose_code_was_lost_is_a_row_of_its_own():
    """``908002: Educatieve bachelor voor`` loses its code: its label and figures are a row
    without code, and the row above keeps its own figures (issue 12's silent loss)."""
    lines = _edited(YEARS, "908002: Educatieve bachelor voor ", ["Educatieve bachelor voor "])
    answer = read_text("\n".join(lines), "lost-code.txt")
    cells = {(c.line, c.code, c.period): c.count for t in answer.tables for c in t.cells if c.line in (70, 72)}
    assert cells[(70, "908001", "2018")] == 50 and cells[(72, None, "2018")] == 38
    assert lost_figures(lines) == []


def test_a_repeated_line_of_figures_is_reported_where_it_stands():
    """A wrapped row's line of figures printed twice: the second is no part of the row above."""
    line = "kleuteronderwijs - 1ste jaar 50 71 138 102"
    lines = _edited(YEARS, line, [line, line])
    answer = read_text("\n".join(lines), "repeated.txt")
    assert {(c.line, c.period): c.count for t in answer.tables for c in t.cells if c.code == "908001"}[(70, "2018")] == 50
    assert lost_figures(lines) == []


def test_a_lost_code_below_a_row_of_one_figure_and_blanks():
    """Found by the thorough profile: a cell blanked (``(SLO) 14    ``, one figure and the
    spaces of blank cells) and the next row's code lost: that row's label and figures are no
    part of the row above."""
    lines = _edited(YEARS, "908015: Specifieke lerarenopleiding (SLO) 14 20    ",
                    ["908015: Specifieke lerarenopleiding (SLO) 14    "])
    lines = _lost_code(lines, "908016: Verkorte educ bachelor voor sec onderwijs - ", 2)
    assert lost_figures(lines) == []


def _lost_code(lines: list[str], old: str, occurrence: int) -> list[str]:
    """`lines` with the code of the `occurrence`-th line equal to `old` (1-based) cut off."""
    at = [i for i, line in enumerate(lines) if line == old][occurrence - 1]
    return lines[:at] + [old.split(": ", 1)[1]] + lines[at + 1:]


def test_a_lost_code_in_a_one_column_table_loses_no_figure():
    """``900124: Tweedekansonderwijs zorgkundige - tweede`` / ``jaar 9`` loses its code below
    ``… - 1ste jaar 19``: 19 is that row's count (a two-digit number, and the next line starts
    a label with a capital), so the lines below are a row of their own."""
    lines = _edited(ONE_COLUMN, "900124: Tweedekansonderwijs zorgkundige  - tweede ",
                    ["Tweedekansonderwijs zorgkundige  - tweede "])
    assert lost_figures(lines) == []
    answer = read_text("\n".join(lines), "lost-code.txt")
    rows = {(c.line, c.code): (c.count, c.label) for t in answer.tables for c in t.cells if c.level == "row"}
    assert rows[(45, "900123")] == (19, "Tweedekansonderwijs zorgkundige - 1ste jaar")
    assert rows[(47, None)] == (9, "Tweedekansonderwijs zorgkundige - tweede jaar")


def test_a_lost_code_below_a_one_digit_count_in_a_one_column_table():
    """``… - tweede`` / ``jaar 9`` and then ``900611: Professionele …`` without its code: one
    digit may be a label's (``module 5``), but a line that starts a label with a capital gives
    no evidence of it, so 9 stays the count and the line below is a row of its own."""
    lines = _edited(ONE_COLUMN, "900611: Professionele bachelor verpleegkunde - 1ste jaar 59",
                    ["Professionele bachelor verpleegkunde - 1ste jaar 59"])
    assert lost_figures(lines) == []
    answer = read_text("\n".join(lines), "lost-code.txt")
    rows = {(c.line, c.code): c.count for t in answer.tables for c in t.cells if c.level == "row"}
    assert rows[(47, "900124")] == 9 and rows[(48, None)] == 59


def test_a_repeated_line_in_a_one_column_table_loses_no_figure():
    """A wrapped row's last line (``jaar 170``) printed twice: the copy is no part of the row's
    label; it is reported where it stands."""
    lines = list(seed_lines(ONE_COLUMN))
    at = lines.index("jaar 170")
    lines.insert(at, "jaar 170")
    assert lost_figures(lines) == []
    answer = read_text("\n".join(lines), "repeated.txt")
    rows = {c.code: c.count for t in answer.tables for c in t.cells if c.line == at + 1}
    assert rows == {"900712": 170}
    assert ("stray-number", at + 2) in {(f.rule, f.line) for f in audit(answer).findings}


def test_a_repeated_line_ending_in_a_label_digit_and_a_count():
    """``individueel traject - module 5 2`` printed twice: the copy repeats the row's line, so
    it is no evidence that 2 is a label digit; it is reported, not read as label text."""
    lines = list(seed_lines(ONE_COLUMN))
    at = lines.index("individueel traject - module 5 2")
    lines.insert(at, lines[at])
    assert lost_figures(lines) == []
    answer = read_text("\n".join(lines), "repeated.txt")
    rows = {(c.code, c.label): c.count for t in answer.tables for c in t.cells if c.line == at + 1}
    assert rows == {("900715", "Hoger beroepsonderwijs verpleegkunde individueel traject - module 5"): 2}


def test_a_label_wrapped_after_its_digit_stays_one_row_in_a_one_column_table():
    """Found by the round-trip property (tests/test_roundtrip_property.py) while making the two
    cases above pass: ``… module 5`` / ``Educatieve - 1ste jaar … 1`` is one row — ``module``
    is numbered by the digit after it, evidence that 5 is label text — while ``… 1ste jaar 19``
    / ``Tweedekansonderwijs …`` is two (``jaar`` is numbered by the ordinal)."""
    text = (
        "OKOT's - Onderwijssector\n\n1. De cijfers voor het volledige jaar 2015.\n\n"
        "Provincie Opleiding Aantal\n"
        "000000: Educatieve - 1ste jaar individueel traject - modules 1- 4 1\n"
        "000001: Educatieve individueel traject - module 5\n"
        "Educatieve - 1ste jaar Educatieve individueel traject - modules 1- 4 1\n"
        "Totaal Brussel 2\n"
        "Eindtotaal 2\n"
        "\n"
        "2. De cijfers voor het volledige jaar 2016.\n\n"
        "Provincie Opleiding Aantal\n"
        "000000: lerarenopleiding individueel traject - \n"
        "module 5 \n"
        "Educatieve - 1ste jaar orthopedagogie individueel traject - modules 1- 4 38 West-Vlaanderen\n"
        "Totaal West-Vlaanderen 38\n"
        "Eindtotaal 38\n"
    )
    answer = read_text(text, "wrapped.txt")
    assert answer.issues == []
    rows = [(c.line, c.code, c.count, c.label) for t in answer.tables for c in t.cells if c.level == "row"]
    assert rows == [
        (6, "000000", 1, "Educatieve - 1ste jaar individueel traject - modules 1- 4"),
        (8, "000001", 1, "Educatieve individueel traject - module 5 Educatieve - 1ste jaar Educatieve "
                         "individueel traject - modules 1- 4"),
        (17, "000000", 38, "lerarenopleiding individueel traject - module 5 Educatieve - 1ste jaar "
                           "orthopedagogie individueel traject - modules 1- 4"),
    ]
