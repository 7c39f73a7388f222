"""Loud readings made readable where a person reads them (session 36), never a silent wrong one.

1. A header of months wrapped over three lines: the first cell's words (``Unieke cursisten met``)
   above a line of month names alone (``augustus september``), the header's line of whole
   periods (``uitgevoerde, geslaagde, juni 2020* juli 2020``) and the names' years below
   (``2020 2020``). The words above the names were taken for a caption that ends in a period of
   its own, the names dropped, and the table refused as periods printed twice; the names' years
   are theirs (:func:`~okot_audit.parse.context.wrapped_period_list`).
2. Plain ``pdftotext`` of a table whose header is printed again on the same page, under a
   caption that says it goes on: the caption and the header's first cell (``Tabel 1 (vervolg)``
   / ``Provincie``) are printed after the table's last row, the periods printed again among the
   rows' figures. The periods after a row's figures (in the order of time, each once) are a
   header; the caption and its corner's name go back above them
   (:mod:`~okot_audit.read.paragraphs`). Without that pair a header of other periods is left as
   printed (said), never read as a row.
3. Two measures or more each spanning a run of periods (``Gestarte cursisten`` over ``2022 2023
   2024``, ``Geslaagde cursisten`` over the same), a period's words wrapped below it (``2024`` /
   ``(jan-jun)``). Laid out, each name stands centred over its run, on the line right above the
   periods: it was joined by column to the period under its middle (``Gestarte cursisten 2023``);
   it is the header's row of its own (:func:`~okot_audit.read.pdf._measures_over_periods`).
   pypdf prints each run on a line of its own, its period's words on the line below it: the runs
   are one line of periods under the names (:func:`~okot_audit.parse.headwords.period_runs_joined`).
4. ``Aantal  Uren`` under each year: a count and hours, or one column, a number of hours. The
   first row settles it (a figure in each column the line names so: ``402 31 455 32``): the
   line is the header's, ``Aantal`` the count, the hours said as values of another quantity
   (:func:`~okot_audit.parse.derived._hours_apart`). Over one figure per year the table's figures
   are hours, said (tests/test_silentc36.py).
"""

from __future__ import annotations

import pytest

from okot_audit import audit, read_text

# 1. Months wrapped over three lines.

MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december")


def _months_wrapped(periods: list[tuple[int, int]], whole: int, counts: list[int], indent: bool) -> str:
    """An answer whose header prints its first `whole` periods (year, month) whole on the line of
    its words, the others' month names on the line above and their years on the line below; one
    row and its total with `counts`. `indent`: laid out as ``pdftotext -layout`` sets it."""
    names = " ".join(MONTHS[m - 1] for _, m in periods[whole:])
    years = " ".join(str(y) for y, _ in periods[whole:])
    printed = " ".join(f"{MONTHS[m - 1]} {y}" for y, m in periods[:whole])
    pad = "                                   " if indent else ""
    header = ["Unieke cursisten met", pad + names, f"uitgevoerde, geslaagde, {printed}", pad + "  " + years, "OKOT'(s)"]
    rows = ["168446: Zorgkundige " + " ".join(map(str, counts)), "Totaal " + " ".join(map(str, counts))]
    return ("Onderwijskwalificerende opleidingstrajecten (OKOT's) - Zorgsector\n\n2. Hieronder vindt u een overzicht "
            "van het aantal werkzoekenden dat een diploma behaalde.\n\n" + "\n".join(header + rows) + "\n")


def _months(first: tuple[int, int], n: int) -> list[tuple[int, int]]:
    year, month = first
    out = []
    for _ in range(n):
        out.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


@pytest.mark.parametrize("indent", [False, True], ids=["single-spaced", "laid-out"])
@pytest.mark.parametrize("first,n,whole", [
    ((2020, 6), 4, 2), ((2021, 1), 3, 1), ((2022, 3), 5, 3), ((2023, 9), 3, 1), ((2019, 2), 4, 2),
    ((2020, 11), 3, 1),  # (the names' years differ: ``december januari`` / ``2020 2021``)
])
def test_month_names_above_the_header_line_take_their_years_below_it(first, n, whole, indent) -> None:
    periods = _months(first, n)
    counts = [10 + 7 * i for i in range(n)]
    answer = read_text(_months_wrapped(periods, whole, counts, indent), "g.txt")
    assert answer.issues == []
    labels = [f"{y}-{m:02d}" for y, m in periods]
    assert [[p.label for p in t.periods] for t in answer.tables] == [labels]
    assert [(c.code, c.period, c.count) for t in answer.tables for c in t.cells] == [
        *(("168446", p, c) for p, c in zip(labels, counts)), *((None, p, c) for p, c in zip(labels, counts))]
    assert [f for f in audit(answer).findings if f.severity == "error"] == []


def test_a_caption_that_ends_in_a_period_over_a_wrapped_header_is_still_no_header_line() -> None:
    """Guard: a caption's words end in a period of its own (``… januari tot en met maart 2023``),
    then the header's words before its first name: the caption is no line of the header."""
    text = ("Onderwijskwalificerende opleidingstrajecten (OKOT's) - Zorgsector\n\n"
            "Gestarte cursisten per maand, januari tot en met maart 2023\n"
            "Opleiding januari februari maart\n2023 2023 2023\n"
            "168446: Zorgkundige 4 5 6\nTotaal 4 5 6\n")
    answer = read_text(text, "g.txt")
    assert answer.issues == []
    assert [[p.label for p in t.periods] for t in answer.tables] == [["2023-01", "2023-02", "2023-03"]]


def test_a_caption_that_ends_in_a_year_alone_over_a_wrapped_header_is_no_header_line() -> None:
    """Guard: a caption's year on a line of its own (``Tabel 1`` / ``2023``) above the header's
    words and its month names: that year is the caption's, no period of the header's."""
    text = ("Onderwijskwalificerende opleidingstrajecten (OKOT's) - Zorgsector\n\nTabel 1\n2023\n"
            "Opleiding januari februari\n2023 2023\n168446: Zorgkundige 4 5\nTotaal 4 5\n")
    answer = read_text(text, "g.txt")
    assert [[p.label for p in t.periods] for t in answer.tables] == [["2023-01", "2023-02"]]


# 2. Plain pdftotext: a header printed again on the same page, its caption and corner below the table.

FIRST = (("Antwerpen", "69", "52"), ("Limburg", "10", "12"))
REST = (("Oost-Vlaanderen", "12", "15"), ("West-Vlaanderen", "3", "4"))
TOTAL = ("Totaal", "94", "83")
MOVED = "Tabel 1 (vervolg)\nProvincie"


def _cell_by_cell(again: tuple[str, ...], after: str | None = MOVED, note: str | None = None,
                  head: tuple[str, ...] = ("2020", "2021"), first=FIRST, rest=REST, total=TOTAL) -> str:
    """Plain pdftotext's text of table 1 (`head`), its header's periods printed `again` after the
    `first` rows, then the `rest` and the `total`, then (`note`,) the lines it moved below the
    table (`after`), each cell a paragraph."""
    cells = ["1. Het aantal unieke gestarte cursisten per provincie.\nTabel 1\nProvincie", *head,
             *(c for r in first for c in r), *again, *(c for r in rest for c in r), *total]
    tail = "\n".join(x for x in (note, after) if x)
    return "\n\n".join([*cells, *([tail] if tail else []), "Bron: VDAB"]) + "\n\n\f"


def _cells(answer) -> list[tuple]:
    return [(t.periods[0].label, c.label, c.period, c.count) for t in answer.tables for c in t.cells]


def _expected(*tables: tuple[tuple[str, ...], tuple]) -> list[tuple]:
    return [(periods[0], r[0], p, int(v)) for periods, rows in tables for r in rows for p, v in zip(periods, r[1:])]


@pytest.mark.parametrize("note", [None, "Opmerking: cijfers voorlopig."], ids=["no-note", "note"])
@pytest.mark.parametrize("head", [("2020", "2021"), ("2021", "2022", "2023"), ("2019-2020", "2020-2021")])
# (school years were read before as the header again: no figure's form; years were the row's figures)
def test_the_header_printed_again_among_the_figures_continues_the_table(head, note) -> None:
    n = len(head)
    first = tuple((name, *(str(3 * i + len(name) + c) for c in range(n))) for i, name in enumerate(("Antwerpen", "Limburg")))
    rest = tuple((name, *(str(5 * i + len(name) + c) for c in range(n))) for i, name in enumerate(("Oost-Vlaanderen", "West-Vlaanderen")))
    total = ("Totaal", *(str(sum(int(r[c]) for r in (*first, *rest))) for c in range(1, n + 1)))
    text = _cell_by_cell(head, MOVED, note, head, first, rest, total)
    answer = read_text(text, "g.txt")
    assert answer.issues == []
    assert _cells(answer) == _expected((head, (*first, *rest, total)))
    assert [f for f in audit(answer).findings if f.severity == "error"] == []
    # (a row set back is reported at its first figure's line)
    assert {c.line for t in answer.tables for c in t.cells if c.label == "Oost-Vlaanderen"} == {
        text.splitlines().index("Oost-Vlaanderen") + 3}


@pytest.mark.parametrize("note", [None, "Opmerking: cijfers voorlopig."], ids=["no-note", "note"])
def test_a_header_of_other_periods_among_the_figures_heads_a_table_of_its_own_said_as_no_continuation(note) -> None:
    text = _cell_by_cell(("2022", "2023"), MOVED, note)
    answer = read_text(text, "g.txt")
    assert _cells(answer) == _expected((("2020", "2021"), FIRST), (("2022", "2023"), (*REST, TOTAL)))
    [issue] = answer.issues
    assert (issue.reason, issue.text, issue.line) == (
        "continuation-other-header", "Tabel 1 (vervolg)", text.splitlines().index("Tabel 1 (vervolg)") + 1)
    # (said at the caption; the total, printed for all four rows, then exceeds the second table's)
    assert [(f.severity, f.line) for f in audit(answer).findings if f.rule == "unreadable-table"] == [("error", issue.line)]


def test_a_header_of_other_periods_among_the_figures_without_its_corner_is_said_never_read_as_a_row() -> None:
    """Guard: nothing says where the other periods' header stood: the table stays as printed,
    said (``one-figure-per-line``) — the rows below it never read under the periods above."""
    answer = read_text(_cell_by_cell(("2022", "2023"), None), "g.txt")
    assert answer.tables == [] or all(c.label not in ("Oost-Vlaanderen", "West-Vlaanderen")
                                      for t in answer.tables for c in t.cells)
    assert [i.reason for i in answer.issues] == ["one-figure-per-line"]
    assert {2022, 2023, 12, 15}.issubset(answer.issues[0].numbers)


@pytest.mark.parametrize("again", [("2021", "2020"), ("2020", "2020")])
def test_years_after_a_rows_figures_out_of_time_order_are_no_header(again) -> None:
    """Guard: figures after a row's own that do not run in time, each once, are no periods
    printed again: the table stays as printed, said."""
    answer = read_text(_cell_by_cell(again), "g.txt")
    assert answer.tables == []
    assert [i.reason for i in answer.issues] == ["one-figure-per-line"]


def test_a_corner_below_the_table_that_is_not_its_own_stays_where_it_is_printed() -> None:
    """The periods printed again are the table's own: it is read; the caption and a word that
    is not its header's corner (``Opleiding`` under ``Provincie 2020 2021``) stay below it."""
    answer = read_text(_cell_by_cell(("2020", "2021"), "Tabel 1 (vervolg)\nOpleiding"), "g.txt")
    assert _cells(answer) == _expected((("2020", "2021"), (*FIRST, *REST, TOTAL)))
    assert [f for f in audit(answer).findings if f.severity == "error"] == []


# 3. Measures each spanning a run of periods, a period's words wrapped below it.

LEVELS = ("Laaggeschoold", "Middengeschoold", "Hooggeschoold")


def _measures_table(periods: list[str], names: list[str], note: str | None, laid_out: bool) -> tuple[str, list[tuple]]:
    """An answer whose header names `names` over their runs of `periods` (each run under its
    name, `note` wrapped below each run's last period), laid out (`laid_out`: each name centred
    over its run, as ``pdftotext -layout`` sets it) or as pypdf prints it (each run and its note on
    lines of their own); three rows and their total. With the cells each measure's table holds:
    (name's first word, row, period, count)."""
    n, m = len(periods), len(names)
    rows = [(label, *(97 * (r + 1) + 13 * c + 5 * r * c for c in range(n * m))) for r, label in enumerate(LEVELS)]
    rows.append(("Totaal", *(sum(r[c] for r in rows) for c in range(1, n * m + 1))))
    if laid_out:
        def right(i: int) -> int:  # (the right edge of the i-th column of figures)
            return 24 + 12 * (i + 1)

        def line(cells: list[tuple[int, str]]) -> str:
            out = ""
            for start, text in cells:
                out = out.ljust(start) + text
            return out.rstrip()

        head = [(0, "Onderwijsniveau")] + [
            ((right(k * n) - 4 + right(k * n + n - 1)) // 2 - len(name) // 2, name) for k, name in enumerate(names)]
        printed = [line(head), line([(right(i) - len(periods[i % n]), periods[i % n]) for i in range(n * m)])]
        if note:
            printed.append(line([(right(k * n + n - 1) + 2 - len(note), note) for k in range(m)]))
        printed += [line([(0, r[0]), *((right(i) - len(f"{v:,}"), f"{v:,}".replace(",", ".")) for i, v in enumerate(r[1:]))])
                    for r in rows]
    else:
        printed = ["Onderwijsniveau " + " ".join(names)]
        for _ in names:
            printed += [" ".join(periods), *([note] if note else [])]
        printed += [" ".join([r[0], *(f"{v:,}".replace(",", ".") for v in r[1:])]) for r in rows]
    text = ("OKOT naar onderwijsniveau\n\nAntwoord\n\nElke cursist telt een keer.\n\n"
            "Tabel 1. Unieke cursisten naar onderwijsniveau\n\n" + "\n".join(printed) + "\n\nBron: VDAB.\n")
    cells = [(name.split()[0].lower(), r[0], periods[c], r[1 + k * n + c]) for k, name in enumerate(names)
             for r in rows for c in range(n)]
    return text, cells


@pytest.mark.parametrize("laid_out", [True, False], ids=["laid-out", "pypdf"])
@pytest.mark.parametrize("periods,names,note", [
    (["2022", "2023", "2024"], ["Gestarte cursisten", "Geslaagde cursisten"], "(jan-jun)"),
    (["2022", "2023", "2024"], ["Gestarte cursisten", "Geslaagde cursisten"], None),
    (["2020", "2021"], ["Gestarte cursisten", "Geslaagde cursisten"], "(voorlopig)"),
    (["2021", "2022"], ["Gestart", "Geslaagd", "Gestopt"], None),
    (["2019", "2020", "2021", "2022"], ["Gestarte cursisten", "Gestopte cursisten"], None),
])
def test_measures_named_over_their_runs_of_periods_are_read_each_as_a_table(periods, names, note, laid_out) -> None:
    text, cells = _measures_table(periods, names, note, laid_out)
    answer = read_text(text, "g.txt")
    assert answer.issues == []
    measures = {"gestarte": "started", "gestart": "started", "geslaagde": "graduated", "geslaagd": "graduated",
                "gestopte": "stopped_or_failed", "gestopt": "stopped_or_failed"}
    assert [(t.measure, c.label, c.period, c.count) for t in answer.tables for c in t.cells] == [
        (measures[name], row, period, count) for name, row, period, count in cells]
    if note:  # (the period's words: it is partial, each table's last)
        assert [[p.label for p in t.periods if p.partial] for t in answer.tables] == [[periods[-1]]] * len(names)
    assert [f for f in audit(answer).findings if f.severity == "error"] == []


def test_runs_of_periods_that_differ_under_names_are_not_read_as_one_line() -> None:
    """Guard: a line of periods under another (``2022 2023`` / ``2021 2022``): no runs of one
    header under its names — left as printed, said, never read as one table's columns."""
    text, _ = _measures_table(["2022", "2023"], ["Gestarte cursisten", "Geslaagde cursisten"], None, False)
    text = text.replace("2022 2023\n2022 2023\n", "2022 2023\n2021 2022\n")
    answer = read_text(text, "g.txt")
    assert answer.issues
    assert not any(c.period == "2021" for t in answer.tables for c in t.cells)


# 4. Hours named after a count under each period.

HOURS_HEAD = ("OKOT's in de zorg\n\nAntwoord\n\nHieronder het aantal unieke cursisten.\n\nGestarte unieke cursisten\n\n"
              "Opleiding {periods}\n")
HOURS_ROWS = (("Graduaat verpleegkunde", 402, 455, 470), ("Bachelor verpleegkunde", 288, 301, 315), ("Zorgkundige", 517, 540, 566))


@pytest.mark.parametrize("word", ["Uren", "uren", "Lesuren", "Uur", "Opleidingsuren"])
@pytest.mark.parametrize("periods", [("2022", "2023"), ("2021", "2022", "2023")])
@pytest.mark.parametrize("hours", ["whole", "decimal"])
def test_hours_named_after_a_count_under_each_period_are_read_beside_the_counts(word, periods, hours) -> None:
    n = len(periods)
    values = [[f"{12 * (r + 1) + 5 * c}" + (",5" if hours == "decimal" else "") for c in range(n)] for r in range(3)]
    body = "".join(" ".join([row[0], *(f"{row[1 + c]} {values[r][c]}" for c in range(n))]) + "\n"
                   for r, row in enumerate(HOURS_ROWS))
    text = HOURS_HEAD.format(periods=" ".join(periods)) + " ".join([f"Aantal {word}"] * n) + "\n" + body + "\nBron: VDAB.\n"
    answer = read_text(text, "g.txt")
    assert answer.issues[0].reason == "quantities" and len(answer.issues) == 1
    assert [(c.label, c.period, c.count) for t in answer.tables for c in t.cells] == [
        (row[0], p, row[1 + c]) for row in HOURS_ROWS for c, p in enumerate(periods)]
    [said] = [f for f in audit(answer).findings if f.rule == "column-not-checked"]
    assert f"'{' '.join([word] * n)}'" in said.message and all(v in said.message for v in values[0])
    assert [f for f in audit(answer).findings if f.severity == "error"] == []


def test_a_short_row_under_counts_and_hours_is_said() -> None:
    body = "Graduaat verpleegkunde 402 31 455 32\nBachelor verpleegkunde 288 29 301\nZorgkundige 517 36 540 35\n"
    answer = read_text(HOURS_HEAD.format(periods="2022 2023") + "Aantal Uren Aantal Uren\n" + body + "\nBron: VDAB.\n")
    said = [f for f in audit(answer).findings if f.rule == "unreadable-table"]
    assert [(f.severity, f.line) for f in said] == [("error", 12)] and "288, 29, 301" in said[0].message
    assert not any(c.label == "Bachelor verpleegkunde" for t in answer.tables for c in t.cells)


def test_a_number_of_hours_under_each_period_is_never_read_as_persons_silently() -> None:
    body = "".join(f"{row[0]} {row[1]} {row[2]}\n" for row in HOURS_ROWS)
    answer = read_text(HOURS_HEAD.format(periods="2022 2023") + "Aantal uren Aantal uren\n" + body + "\nBron: VDAB.\n")
    assert answer.issues or any(t.statistic for t in answer.tables)
