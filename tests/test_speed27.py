"""speed27: quick paths in the reader that stand in for plain ones find exactly what those find.

Each quick path is checked against the plain path it stands in for (written here as it was
before session 27's speed27), on lines built from the pieces the passes care about: a header of
periods (or one count column), rows whose figures end in blank marks (dashes, slashes, ``x``,
words that spell a blank), a label's own ranges (``fase 1 - 2``), codes, totals, provinces.

- :func:`okot_audit.parse.blanks.mark_blanks` asks how many periods stand above a line
  (:func:`~okot_audit.parse.blanks._periods_above`, a look up to 200 lines back) once per line,
  not at each of its questions, and not at all for a line with no dash left to weigh.
"""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from okot_audit.parse import blanks as B


def plain_mark_blanks(lines: tuple[str, ...], positional: bool) -> tuple[str, ...]:
    """:func:`~okot_audit.parse.blanks.mark_blanks` as it was before session 27's speed27: each
    line's periods looked for at every question, also for a line with no dash."""
    found: dict[int, tuple[list[re.Match[str]], list[re.Match[str]]]] = {}
    spelled: dict[int, str] = {}  # (lines whose marks are written out: ``120 131 niet beschikbaar``)
    glued: dict[int, str] = {}  # (a province's label glued after a row's last cell: ``… 16 x Limburg``)
    for index in B._maybe_lines(lines):
        above = lines[index - 1] if index else ""
        line = lines[index]
        if B.SPELLED_BLANK.search(line):
            line = spelled[index] = B.SPELLED_BLANK.sub(lambda m: B._abbreviated(m, positional), line)
        cut = 0 if positional else B._glued_province(line)
        if cut:
            glued[index], line = line[cut:], line[:cut]
            spelled[index] = line
        sure, maybe = B._marks(line, positional, lambda: B._figures_end_row(lines, index), above,
                             lambda: B._periods_above(lines, index))
        if sure and not positional and B._mark_ends_name_line(line, lines, index):
            continue  # (session 36, in both paths: a name's line ending in a mark, its row going on below)
        if not positional and any(m.group() == "/" for m in sure) and B._run_length(line) > B._periods_above(lines, index):
            slashes = [m for m in sure if m.group() == "/"]
            sure = [m for m in sure if m.group() != "/"]  # (more figures than periods: ``module 1 / 2 12 14``, the label's)
            if B._joins_to_periods(line, B._periods_above(lines, index)) and B._figures_end_row(lines, index):
                # (a count among them prints its thousands apart by a space: ``laaggeschoold 50 1 442 51 49 /``
                # under five periods, 1.442 and a blank last; a slash ending the line is no range of the label's)
                sure = sorted(sure + [m for m in slashes if not line[m.end():].strip()], key=lambda m: m.start())
            elif B._as_many_as_periods(line, B._periods_above(lines, index), above):
                # (or the label's own number before them: ``module 5 / 19 51`` under three periods, a
                # blank where the answer prints blanks as marks; ``deel 2 66 70 8 /``, the row's last word
                # on the line that ends it: no range of the label goes on after it)
                last = [m for m in slashes if not line[m.end():].strip() and B._figures_end_row(lines, index)]
                sure = sorted(sure + last, key=lambda m: m.start())
                maybe = sorted(maybe + [m for m in slashes if m not in last], key=lambda m: m.start())
        if sure or maybe:
            found[index] = (sure, maybe)
    def blanks(index: int, maybe: list[re.Match[str]], convention: bool) -> bool:
        """Whether the dashes `maybe` of line `index` are blanks: where the answer prints blanks
        as marks, or the line holds two of them, or each stands between two figures — among
        figures and marks as many as the periods, on a row that ends on the line."""
        text = spelled.get(index, lines[index])  # (the line its marks were found in: a glued province's label off)
        if not convention:
            # (a dash before the last words as many as the periods is the label's, and so is the number
            # right before the first of them: ``fase 1- 2 - 1 42`` under three periods, ``2 - 3 - 1 34 4
            # 58`` under five — a dash there stands between the label and the figures, not between two)
            cells = B._cells_start(text, B._periods_above(lines, index))
            maybe = [m for m in maybe if m.start() > cells]
        return (
            bool(maybe) and (convention or len(maybe) > 1 or (
                all(B._between_figures(text, m) for m in maybe) and B._labelled_run(text, positional)
            ))
            and B._figures_end_row(lines, index)
            and B._as_many_as_periods(text, B._periods_above(lines, index), lines[index - 1] if index else "")
            and not B._spaced_run(text)
            and (positional or not B._name_beside_its_figures(lines, index, text, convention))
        )  # (two dashes among figures as many as the periods: ``master - 1 - 1`` under four periods;
        # a dash between two figures: ``Zorgkundige 95 40 12 - 33 11`` under six)

    # the answer prints blanks as marks: a mark its line proves, or a dash its row proves a blank
    # (between two figures: ``tandartsassistent 20 - 20`` under three periods)
    convention = any(sure for sure, _ in found.values()) or any(
        blanks(index, maybe, False) for index, (_, maybe) in found.items())
    out = list(lines)
    for index, (sure, maybe) in found.items():
        if blanks(index, maybe, convention):
            cells = B._cells_start(spelled.get(index, lines[index]), B._periods_above(lines, index))
            sure = sorted(sure + [m for m in maybe if m.start() >= cells], key=lambda m: m.start())
        if sure:
            out[index] = B._blanked(spelled.get(index, lines[index]), sure, positional) + glued.get(index, "")
    return tuple(out) if found else lines


HEADERS = st.sampled_from([
    "Opleiding 2021 2022 2023", "Opleiding 2022 2023", "Sector 2019-2020 2020-2021 2021-2022 Totaal",
    "Provincie Opleiding Aantal", "Opleiding 2020 2021 2022 2023 2024", "januari 2023 februari 2023",
])
LABELS = st.sampled_from([
    "Zorgkundige", "master", "fase 1 -", "fase 1- 2", "module 5 /", "deel 2", "908013: Bachelor module 5",
    "Antwerpen", "Totaal", "25-54 jaar", "laaggeschoold", "traject 2 - 3", "Opvoeder", "vorming",
    "788975: Verzorgende", "Limburg", "knelpuntvakken 2 -", "",
])
CELLS = st.sampled_from(["12", "1", "40", "1 442", "2", "-", "/", "x", "\u2013", "n.b.", "niet beschikbaar", "3", "120"])
ROWS = st.tuples(LABELS, st.lists(CELLS, max_size=6), st.sampled_from(["", " Limburg", " x Limburg", "  "])).map(
    lambda r: " ".join([r[0], *r[1]]) + r[2])
LINES = st.lists(st.one_of(HEADERS, ROWS, ROWS, ROWS, st.just("")), min_size=1, max_size=12).map(tuple)


@given(LINES, st.booleans())
@example(("Opleiding 2021 2022 2023", "fase 1- 2 - 1 42", "master - 1 - 1", "Zorgkundige 95 40 12 - 33 11"), False)
@example(("Opleiding 2021 2022 2023", "module 5 / 19 51", "laaggeschoold 50 1 442 51 49 /", "deel 2 66 70 8 /"), False)
@example(("Provincie Opleiding Aantal", "tandartsassistent 20 - 20", "Totaal 12 - 3"), False)
def test_blanks_ask_each_lines_periods_once_and_mark_what_they_marked(lines, positional):
    assert B.mark_blanks(lines, positional) == plain_mark_blanks(lines, positional)


def test_blanks_look_for_a_lines_periods_once(monkeypatch):
    """The quick path itself: a line whose marks are weighed by several questions (its dashes
    between the label and the figures, as many as the periods, with the answer's convention)
    has the header above it looked for once."""
    lines = ("Opleiding 2021 2022 2023", "tandartsassistent 20 - 20", "master - 1 - 1", "Zorgkundige 12 - 3")
    expected = plain_mark_blanks(lines, False)
    asked: list[int] = []
    plain = B._periods_above

    def counted(lines: tuple[str, ...], index: int) -> int:
        asked.append(index)
        return plain(lines, index)

    monkeypatch.setattr(B, "_periods_above", counted)
    assert B.mark_blanks(lines, False) == expected
    assert asked and len(asked) == len(set(asked))
