"""Session 27 (note27): what stands in a header beside and above its periods.

- A header's line laid out in cells: the first cell names the rows (and holds a title laid out
  into it), the cells over the figures say what the figures count.
- A note in brackets under a line of several periods, whose place gives it to none of them.
"""

from __future__ import annotations

import pytest

from okot_audit import audit, read_text
from okot_audit.parse.words import unit_of

#: (words naming a unit, the unit they name): a title's or a first cell's, a column's.
UNITS = [("Opleidingstrajecten zorg", "trajecten"), ("Inschrijvingen per opleiding", "inschrijvingen"),
         ("Diploma's zorg", "diploma's"), ("Unieke cursisten zorg", "unieke cursisten")]
COLUMN_UNITS = [("Personen", "unieke cursisten"), ("Inschrijvingen", "inschrijvingen"), ("Trajecten", "trajecten")]
ROWS = [("900101: Verpleegkunde", 40, 50), ("900102: Zorgkundige", 30, 20), ("Totaal", 70, 70)]


def laid_out(first: str, columns: str, above: str | None) -> str:
    """A laid-out table: `above` (a title) on the line right above its header, whose first
    cell is `first` and whose columns are `columns` and a year each, cells two spaces apart
    at least, the figures right-aligned under their columns."""
    heads = [f"{columns} 2020", f"{columns} 2021"] if columns else ["2020", "2021"]
    label_width = max(len(first), *(len(r[0]) for r in ROWS)) + 6
    widths = [len(h) + 4 for h in heads]
    lines = [first.ljust(label_width) + "".join(h.rjust(w) for h, w in zip(heads, widths))]
    for label, *figures in ROWS:
        lines.append(label.ljust(label_width) + "".join(str(f).rjust(w) for f, w in zip(figures, widths)))
    return "\n".join(([above] if above is not None else []) + lines) + "\n"


PAIRS = [(t, c) for t in UNITS for c in COLUMN_UNITS if t[1] != c[1]]  # (the same unit: nothing to choose)


@pytest.mark.parametrize(("title", "column"), PAIRS, ids=[f"{t[1]}-over-{c[0]}" for t, c in PAIRS])
@pytest.mark.parametrize("where", ["above", "first-cell"])
def test_the_words_over_the_figures_say_what_a_laid_out_table_counts(title, column, where):
    """Whatever unit a title right above the header (laid out into the header's first cell) or
    the first cell itself names, the words over the figures' columns say what they count."""
    words, unit = column
    text = laid_out("Opleiding", words, title[0]) if where == "above" else laid_out(title[0], words, None)
    tables = read_text(text).tables
    assert len(tables) == 1
    assert tables[0].unit == unit
    assert tables[0].unique_persons == (unit_of(words) == ("unique", "unieke cursisten"))


@pytest.mark.parametrize("title", UNITS, ids=[u[1] for u in UNITS])
def test_a_first_cell_naming_the_unit_over_columns_of_years_alone_still_says_it(title):
    """The cells over the figures name no unit (``Unieke cursisten zorg  2020  2021``): the
    first cell's words say what the table counts, as before."""
    tables = read_text(laid_out(title[0], "", None)).tables
    assert len(tables) == 1
    assert tables[0].unit == title[1]


# A note in brackets under a line of several periods, single-spaced (pdfplumber, pypdf): its
# place gives it to none of them.

HEAD = ["Vraag nr. 19 van 11 januari 2022", "OKOT", "", "Antwoord", "",
        "Tabel 1: gestarte cursisten naar leeftijdsklasse"]
#: Period labels as a header prints them, in their order, and as the contract writes them.
PERIOD_FORMS = {
    "years": (["2019", "2020", "2021", "2022"], ["2019", "2020", "2021", "2022"]),
    "school-years": (["2019-2020", "2020-2021", "2021-2022"], ["2019-2020", "2020-2021", "2021-2022"]),
    "months": (["januari 2023", "februari 2023", "maart 2023"], ["2023-01", "2023-02", "2023-03"]),
}
#: A provisional note as a narrow cell wraps it: its pieces, each on a line of its own.
PROVISIONAL = {"voorlopig": ["(voorlopig", ")"], "voorlopige-cijfers": ["(voorlopige", "cijfers)"],
               "voorl": ["(voorl.)"], "nog-niet-definitief": ["(nog niet", "definitief)"]}
ROWS_BY_AGE = [("-25 jaar", 193, 180, 142, 176), ("25-54 jaar", 975, 1139, 908, 1194), ("55+ jaar", 51, 36, 34, 48)]


def noted(printed: list[str], pieces: list[str], descending: bool, total_column: bool = False) -> str:
    """An answer whose table's header prints `printed` (in reverse where `descending`) on one
    single-spaced line, the note's `pieces` on the lines below it, its rows' figures and total."""
    order = list(reversed(range(len(printed)))) if descending else list(range(len(printed)))
    head = " ".join([printed[k] for k in order] + (["Totaal"] if total_column else []))
    rows = []
    for label, *figures in ROWS_BY_AGE:
        values = [figures[k] for k in order]
        rows.append((label, [*values, *([sum(values)] if total_column else [])]))
    totals = [sum(r[1][k] for r in rows) for k in range(len(rows[0][1]))]
    lines = [f"Leeftijdsklasse {head}", *pieces,
             *(" ".join([label, *(f"{v:,}".replace(",", ".") for v in values)]) for label, values in
               [*rows, ("Totaal", totals)])]
    return "\n".join([*HEAD, *lines, ""])


@pytest.mark.parametrize("form", PERIOD_FORMS, ids=list(PERIOD_FORMS))
@pytest.mark.parametrize("note", PROVISIONAL, ids=list(PROVISIONAL))
@pytest.mark.parametrize("descending", [False, True], ids=["ascending", "descending"])
@pytest.mark.parametrize("total_column", [False, True], ids=["", "total-column"])
def test_a_provisional_note_under_several_periods_is_the_latest_period_s(form, note, descending, total_column):
    """``Leeftijdsklasse 2019-2020 … 2022-2023`` / ``(voorlopig`` / ``)``: figures become final
    in the order of their periods, so of several periods the one provisional is the latest,
    wherever the header prints it (before: no period partial, a note said to be unplaced)."""
    printed, labels = PERIOD_FORMS[form]
    answer = read_text(noted(printed, PROVISIONAL[note], descending, total_column), "c.txt")
    (table,) = answer.tables
    latest = max(labels)
    assert {p.label for p in table.periods if p.partial} == {latest}
    assert len(table.cells) == 4 * (len(labels) + total_column)
    findings = audit(answer).findings
    assert [(f.rule, f.period) for f in findings if f.rule == "partial-period"] == [("partial-period", latest)]
    assert [f.rule for f in findings if f.severity != "info"] == []


@pytest.mark.parametrize("pieces", [["(jan-jun", ")"], ["(excl. Brussel)"], ["(definitief)"]],
                         ids=["months", "scope", "final"])
def test_a_note_under_several_periods_that_says_no_provisional_figures_stays_unplaced(pieces):
    """A note that says nothing of the order of the periods (``(jan-jun)``: a first period may
    start late as a last one may end early): no period is made partial, the reader is told."""
    printed, labels = PERIOD_FORMS["school-years"]
    answer = read_text(noted(printed, pieces, False), "c.txt")
    (table,) = answer.tables
    assert not any(p.partial for p in table.periods)
    [finding] = [f for f in audit(answer).findings if f.rule == "partial-period"]
    assert finding.period is None and "may be partial" in finding.message


def test_a_provisional_note_under_periods_whose_latest_is_marked_stays_unplaced():
    """The latest period already carries a mark (``2021-2022*``) its footnote explains: the note
    does not take the mark's place (the latest is partial already, as a provisional note says)."""
    printed, _ = PERIOD_FORMS["school-years"]
    text = noted([*printed[:-1], printed[-1] + "*"], PROVISIONAL["voorlopig"], False)
    answer = read_text(text + "* 2021-2022: cijfers tot 30 juni\n", "c.txt")
    (table,) = answer.tables
    assert [(p.label, p.note) for p in table.periods if p.partial] == [("2021-2022", "2021-2022: cijfers tot 30 juni")]


#: A note wrapped in a tall header cell set to the bottom, single-spaced: its pieces below the
#: period's own line, the last one alone, closed, or beside the other periods on the bottom line.
BOTTOM_PIECES = {
    "beside": (["(voorlopig"], " )", "voorlopig"),
    "alone": (["(voorlopig", ")"], "", "voorlopig"),
    "closed": (["(voorlopig)"], "", "voorlopig"),
    "two-lines": (["(voorlopige", "cijfers)"], "", "voorlopige cijfers"),
    "two-lines-beside": (["(voorlopige", "cijfers"], " )", "voorlopige cijfers"),
    "months": (["(jan-jun"], " )", "jan-jun"),
}


@pytest.mark.parametrize("form", ["years", "school-years"])
@pytest.mark.parametrize("pieces", BOTTOM_PIECES, ids=list(BOTTOM_PIECES))
@pytest.mark.parametrize("named", [True, False], ids=["named", "no-name"])
def test_a_note_wrapped_in_a_tall_cell_set_to_the_bottom_is_its_period_s(form, pieces, named):
    """``Leeftijdsklasse 2022-2023`` / ``(voorlopig`` / ``2019-2020 2020-2021 2021-2022 )``: the
    note is the period's whose line stands above it alone; every period read, that one partial
    (before: the header taken for its first line, ``unreadable-table``; or, the note closed on
    its own line, a full period and nothing said)."""
    printed, labels = PERIOD_FORMS[form]
    above, closing, words = BOTTOM_PIECES[pieces]
    lines = [f"{'Leeftijdsklasse ' if named else ''}{printed[-1]}", *above, " ".join(printed[:-1]) + closing]
    rows = [(label, figures[:len(printed)]) for label, *figures in ROWS_BY_AGE]
    totals = [sum(r[1][k] for r in rows) for k in range(len(printed))]
    body = [" ".join([label, *(f"{v:,}".replace(",", ".") for v in values)]) for label, values in [*rows, ("Totaal", totals)]]
    answer = read_text("\n".join([*HEAD, *lines, *body, ""]), "c.txt")
    (table,) = answer.tables
    assert [(p.label, p.partial) for p in table.periods] == [(label, label == labels[-1]) for label in labels]
    assert table.periods[-1].note == words
    assert len(table.cells) == 4 * len(labels)
    findings = audit(answer).findings
    assert [f.period for f in findings if f.rule == "partial-period"] == [labels[-1]]
    assert [f.rule for f in findings if f.severity != "info"] == []
