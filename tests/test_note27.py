"""Session 27 (note27): what stands in a header beside and above its periods.

- A header's line laid out in cells: the first cell names the rows (and holds a title laid out
  into it), the cells over the figures say what the figures count.
- A note in brackets under a line of several periods, whose place gives it to none of them.
"""

from __future__ import annotations

import pytest

from okot_audit import read_text
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
