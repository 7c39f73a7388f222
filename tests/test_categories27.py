"""Age classes in every common Dutch spelling, and totals whose parts are all withheld.

1. An age class is a category of persons whatever its spelling (``25 tot en met 49 jaar``,
   ``van 25 tot 49 jaar``, ``tussen 25 en 49 jaar``, ``jonger dan 25``, ``onder 25 jaar``,
   ``+50 jaar``, ``50 of meer jaar``, ``50-plussers`` …): its rows are a partition (the total
   must equal their sum), and the ages it prints are its label's, never counts — main read
   ``van 18 tot 24 12 9`` as the label ``van 18 tot`` with three figures (an unreadable row),
   ``tussen 25 en 49 jaar`` as no category (and ran the next row into it), and took the rows of
   ``25 tot en met 49 jaar`` for programmes of unique persons (a total below their sum was
   "persons counted twice", not the error it is).
2. A total whose parts are all withheld (``Limburg <5 <5 <5 20``) still bounds them: three
   ``<5`` are at most 12 — main checked no such total (neither a row's ``Totaal`` column nor a
   ``Totaal`` column over its categories).

Persons are built first (each with an age, in each year), then counted per class, then printed
in one spelling per class, so the figures the reader must find are known.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from okot_audit import audit, read_text
from okot_audit.patterns import age_class, partition_of
from test_unseen_pdfs import autofit_pdf

HEAD = ["ANTWOORD", "op vraag nr. 313 van 14 maart 2023",
        "1. Het aantal unieke cursisten met een gestarte OKOT in de zorgsector, naar leeftijd."]
YEARS = ("2021", "2022")

#: Each kind of class (below the first bound, between two, from the last) in the spellings
#: answers print; ``{a}``/``{b}`` the bounds (``{b1}``: the upper bound less one, as a range
#: that includes it prints it).
BELOW = ("-{a} jaar", "< {a} jaar", "jonger dan {a} jaar", "jonger dan {a}", "onder {a} jaar", "onder de {a} jaar",
         "tot {a} jaar", "{b1} jaar en jonger", "min {a} jaar", "t/m {b1} jaar")
BETWEEN = ("{a}-{b1} jaar", "{a} - {b1} jaar", "{a} tot en met {b1} jaar", "van {a} tot {b} jaar",
           "van {a} tot en met {b1} jaar", "tussen {a} en {b1} jaar", "{a} t/m {b1} jaar", "{a} tem {b1} jaar",
           "{a} t.e.m. {b1} jaar", "{a} à {b1} jaar", "van {a} tot {b1}", "{a} tot en met {b1}")
ABOVE = ("{a}+ jaar", "{a}+", "+{a} jaar", "{a} jaar en ouder", "{a} jaar of ouder", "{a} of meer jaar",
         "{a} jaar of meer", "ouder dan {b1} jaar", "boven {b1} jaar", "vanaf {a} jaar", "{a}-plussers", "≥ {a} jaar")


def _spell(kind: tuple[str, ...], k: int, a: int, b: int = 0) -> str:
    return kind[k % len(kind)].format(a=a, b=b, b1=(b or a) - 1)


def _classes(bounds: list[int], spelling: list[int]) -> list[str]:
    """The class names over `bounds` (``[25, 50]`` → below 25, 25 to 49, 50 and over)."""
    names = [_spell(BELOW, spelling[0], bounds[0], bounds[0] if "{b1}" in BELOW[spelling[0] % len(BELOW)] else 0)]
    names += [_spell(BETWEEN, spelling[i + 1], a, b) for i, (a, b) in enumerate(zip(bounds, bounds[1:]))]
    last = ABOVE[spelling[-1] % len(ABOVE)]
    names.append(_spell(ABOVE, spelling[-1], bounds[-1], bounds[-1] if "{b1}" in last else 0))
    return names


def _text(names: list[str], counts: list[tuple[int | None, ...]], totals: tuple[int, ...]) -> str:
    """The answer as single-spaced text, a blank cell as one space more, at the end too
    (``jonger dan 25  9``, ``jonger dan 25 12  ``: the seeds' ``54 32   ``)."""
    lines = [HEAD[0], HEAD[1], "", HEAD[2], "", "Leeftijd " + " ".join(YEARS)]
    for name, row in zip(names, counts):
        figures = " ".join("" if c is None else str(c) for c in row)
        lines.append(f"{name} {figures}" + (" " if row[-1] is None else ""))
    lines.append("Totaal " + " ".join(map(str, totals)))
    return "\n".join(lines) + "\n"


def _pdf(names, counts, totals) -> bytes:
    return autofit_pdf(HEAD, ["Leeftijd", *YEARS],
                       [[n, *("" if c is None else str(c) for c in row)] for n, row in zip(names, counts)]
                       + [["Totaal", *map(str, totals)]])


def _bare(label: str | None) -> str:
    return "".join((label or "").split())


@st.composite
def age_tables(draw):
    """Persons, each of an age in each year (some years none of a class: a blank cell), counted
    per class; the classes' bounds and one spelling per class."""
    bounds = sorted(draw(st.sets(st.integers(18, 64), min_size=1, max_size=3)))
    if any(b - a < 2 for a, b in zip(bounds, bounds[1:])):
        bounds = bounds[:1]
    spelling = draw(st.lists(st.integers(0, 40), min_size=len(bounds) + 1, max_size=len(bounds) + 1))
    persons = draw(st.lists(st.tuples(st.integers(16, 70), st.sampled_from(YEARS)), min_size=1, max_size=300))
    cuts = [0, *bounds, 200]
    counts = []
    for low, high in zip(cuts, cuts[1:]):
        row = tuple(sum(1 for age, year in persons if low <= age < high and year == y) for y in YEARS)
        counts.append(tuple(c or None for c in row))
    totals = tuple(sum(1 for _, year in persons if year == y) for y in YEARS)
    if 0 in totals or any(all(c is None for c in row) for row in counts):
        counts = [tuple((c or 1) for c in row) for row in counts]  # (every class of every year printed)
        totals = tuple(sum(row[j] for row in counts) for j in range(len(YEARS)))
    return _classes(bounds, spelling), counts, totals


@pytest.mark.parametrize("label", [
    *(_spell(BELOW, k, 25, 25) for k in range(len(BELOW))), *(_spell(BETWEEN, k, 25, 50) for k in range(len(BETWEEN))),
    *(_spell(ABOVE, k, 50, 50) for k in range(len(ABOVE))),
])
def test_every_spelling_of_an_age_class_is_one(label):
    assert partition_of(label) == "age" and age_class(label)


@pytest.mark.parametrize("label", ["25 jaar", "2019-2020", "van 2019 tot 2020", "module 5", "Graduaat verpleegkunde",
                                   "Man", "12 9"])
def test_no_other_label_is_an_age_class(label):
    assert partition_of(label) != "age"


@settings(max_examples=25, deadline=None)
@given(age_tables())
def test_age_classes_in_any_spelling_are_read_as_printed_and_checked_as_a_partition(table):
    names, counts, totals = table
    answer = read_text(_text(names, counts, totals), "a.txt")
    [read] = answer.tables
    # (a bound's sign and its number may be joined: ``< 18 jaar`` is read ``<18 jaar``)
    got = {(_bare(c.label), c.period): c.count for c in read.cells if c.level == "row"}
    assert got == {(_bare(n), y): c for n, row in zip(names, counts) for y, c in zip(YEARS, row) if c is not None}
    assert [c.count for c in read.cells if c.level == "total"] == list(totals)
    assert [f for f in audit(answer).findings if f.severity in ("error", "warning")] == []
    # one person too few in the total: an error (each person has one age class), never double counting
    # (where a blank cell may stand elsewhere, no placement may fit the wrong total: loud too)
    wrong = read_text(_text(names, counts, (totals[0] - 1, totals[1])), "a.txt")
    errors = [(f.rule, f.severity, f.period) for f in audit(wrong).findings if f.severity == "error"]
    if all(c is not None for row in counts for c in row):
        assert errors == [("parts-exceed-total", "error", "2021")]
    else:
        assert errors


REGRESSION = (
    ["jonger dan 25", "25 tot en met 49", "50 of meer"],
    ["van 18 tot 24", "van 25 tot 49", "50 en ouder"],
    ["onder 25 jaar", "tussen 25 en 49 jaar", "boven 50 jaar"],
    ["18 t/m 24 jaar", "25 t/m 49 jaar", "+50 jaar"],
    ["18 tem 24 jaar", "van 25 t.e.m. 49 jaar", "50-plussers"],
)


def _read(form: str, names, counts, totals):
    """The answer in `form`: single-spaced text, the PDF, or the text an extractor takes out of
    it (``pdfplumber``, ``pdftotext-layout``)."""
    from generate.extract import available, extract

    if form == "text":
        return read_text(_text(names, counts, totals), "a.txt")
    if form == "pdf":
        return read_text(_pdf(names, counts, totals), "a.pdf")
    if not available(form):
        pytest.skip(f"{form} is not installed")
    return read_text(extract(_pdf(names, counts, totals), form), "a.txt")


@pytest.mark.parametrize("form", ["text", "pdf", "pdfplumber", "pdftotext-layout"])
@pytest.mark.parametrize("names", REGRESSION, ids=lambda n: n[1])
def test_age_classes_whose_ages_end_the_label_are_read_and_their_total_is_an_exact_sum(form, names):
    """Main read ``van 25 tot 49 30 28`` from pdfplumber's text as the label ``van 25 tot`` and
    three figures (unreadable), and ``tussen 25 en 49 jaar`` from ``pdftotext -layout``'s with
    wrong figures (two false ``total-exceeds-parts``)."""
    counts = [(12, None), (30, 28), (4, 3)]  # (2021 of the first class blank)
    rows = [(names[0], "2021", 12), (names[1], "2021", 30), (names[1], "2022", 28), (names[2], "2021", 4),
            (names[2], "2022", 3)]
    answer = _read(form, names, counts, (46, 31))
    assert answer.issues == []
    [read] = answer.tables
    assert [(c.label, c.period, c.count) for c in read.cells if c.level == "row"] == rows
    assert [f for f in audit(answer).findings if f.severity in ("error", "warning")] == []
    # the total one below the rows' sum (12 + 30 + 4 = 46): an error, as a partition's
    wrong = _read(form, names, counts, (45, 31))
    errors = [f for f in audit(wrong).findings if f.severity == "error"]
    if wrong.issues:  # (where the blank's space is gone, no placement of the 12 fits: said, never guessed)
        # (said under the plain label its readings share, ``van 18 tot``, with every number the line
        # ends in past it — the class's 24 too, which no reading read: session 35, uncoded35)
        [issue] = wrong.issues
        assert (issue.kind, issue.numbers[-1:]) == ("ambiguous-alignment", (12,))
        assert " ".join([issue.label or "", *map(str, issue.numbers)]).split() == f"{names[0]} 12".split()
        assert [f.rule for f in audit(wrong).findings if f.severity == "error"] == ["ambiguous-alignment"]
        return
    assert [(c.label, c.period, c.count) for c in wrong.tables[0].cells if c.level == "row"] == rows
    [error] = errors
    assert (error.rule, error.period, error.stated, error.observed) == ("parts-exceed-total", "2021", 45, 46)
    assert "every person has one age class" in error.message


# -- totals whose parts are all withheld ---------------------------------------------------------

PROSE = "\n".join(["ANTWOORD", "op vraag nr. 312 van 14 maart 2023", "",
                   "1. Het aantal unieke cursisten dat in 2022 een OKOT in de zorgsector startte, per provincie en "
                   "naar geslacht.", "", ""])


def _limburg(total: int, hidden: tuple[int, int, int], header: str = "Provincie Man Vrouw X Totaal") -> str:
    """Limburg's three counts withheld (truly `hidden`), its ``Totaal`` `total`; the columns'
    totals count the hidden ones (Antwerpen's ``<5`` is 2)."""
    m, v, x = hidden
    return PROSE + "\n".join([header, "Antwerpen 120 130 <5 252", f"Limburg <5 <5 <5 {total}",
                              "West-Vlaanderen 40 50 3 93", f"Totaal {160 + m} {180 + v} {5 + x} {345 + m + v + x}"]) + "\n"


@pytest.mark.parametrize("lang, said", [
    ("en", "the Totaal column of Limburg in 2022 is 20 but its categories sum to only 12 (the withheld counts "
           "<5, <5, <5 taken at their highest)"),
    ("nl", "de kolom Totaal van Limburg in 2022 is 20, maar de categorieën tellen samen maar 12 op"),
])
def test_a_totaal_column_over_categories_all_withheld_is_bounded_by_them(lang, said):
    answer = read_text(_limburg(20, (4, 4, 4)), "a.txt")
    errors = [f for f in audit(answer, lang=lang).findings if f.severity == "error"]
    assert [(f.rule, f.line, f.stated, f.observed, f.difference) for f in errors] == [
        ("total-exceeds-parts", 8, 20, 12, 8)]
    assert said in errors[0].message


@pytest.mark.parametrize("hidden", [(0, 0, 0), (1, 0, 4), (4, 4, 4)])
def test_a_totaal_column_over_categories_all_withheld_that_they_can_make_holds(hidden):
    answer = read_text(_limburg(sum(hidden), hidden), "a.txt")
    assert [f.rule for f in audit(answer).findings if f.severity in ("error", "warning")] == []


def test_a_rows_totaal_column_over_periods_all_withheld_is_bounded_by_them():
    answer = read_text(_limburg(20, (4, 4, 4), "Provincie 2020 2021 2022 Totaal"), "a.txt")
    errors = [f for f in audit(answer).findings if f.severity == "error"]
    assert [(f.rule, f.line, f.stated, f.observed) for f in errors] == [("total-exceeds-parts", 8, 20, 12)]
    assert "its periods sum to only 12 (the withheld counts <5, <5, <5 taken at their highest)" in errors[0].message


@pytest.mark.parametrize("names", REGRESSION, ids=lambda n: n[1])
def test_an_age_class_whose_blank_cells_space_was_trimmed_keeps_its_age(names):
    """``jonger dan 25 12`` under two periods, the blank's space trimmed away: main read the label
    ``jonger dan`` with 25 and 12 (a wrong cell, silently where the totals could not tell); the
    age closes the class, and the totals place the 12."""
    counts = [(12, None), (30, 28), (4, 3)]
    text = _text(names, counts, (46, 31)).replace(f"{names[0]} 12  \n", f"{names[0]} 12\n")
    assert f"\n{names[0]} 12\n" in text
    answer = read_text(text, "a.txt")
    assert answer.issues == []
    [read] = answer.tables
    assert [(c.label, c.period, c.count) for c in read.cells if c.level == "row"][:1] == [(names[0], "2021", 12)]
    assert [f for f in audit(answer).findings if f.severity in ("error", "warning")] == []
