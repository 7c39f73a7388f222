"""Wrapped names with a code column printed after them (``Opleiding  Code  2021 …``), the
codes and figures beside each name's last line: a code in a line's second cell starts a row
only after a block's name (``Antwerpen  900124  …``); after a name's last words it is the
name's code, in its own column (read/pdf.py ``_starts_row``)."""

from __future__ import annotations

from hypothesis import given, strategies as st

from okot_audit import read_text
from okot_audit.audit import audit

FIRST = ["Bachelor", "Graduaat", "Se-n-se", "Zorgkundige", "Opvoeder", "Verpleegkunde", "Logistiek"]
MORE = ["in", "het", "onderwijs", "orthopedagogie", "tandartsassistent", "apotheekassistent", "kinderzorg",
        "traject", "verkort", "jeugd", "gehandicaptenzorg", "begeleider"]
PERIODS = ["2021", "2022", "2023"]


@st.composite
def coded_rows(draw):
    """Rows of a name (a capital first, words in lower case after it), its code and a count
    (or none) per period, each name wrapped over one to three lines."""
    n = draw(st.integers(2, 5))
    codes = draw(st.lists(st.integers(900000, 909999), min_size=n, max_size=n, unique=True))
    rows = []
    for code in codes:
        words = [draw(st.sampled_from(FIRST)), *draw(st.lists(st.sampled_from(MORE), min_size=0, max_size=4))]
        lines = draw(st.integers(1, min(3, len(words))))
        cuts = sorted(draw(st.lists(st.integers(1, len(words) - 1), min_size=lines - 1, max_size=lines - 1,
                                    unique=True))) if lines > 1 else []
        pieces = [" ".join(words[a:b]) for a, b in zip([0, *cuts], [*cuts, len(words)])]
        counts = draw(st.lists(st.integers(1, 400), min_size=len(PERIODS), max_size=len(PERIODS)))
        rows.append((pieces, str(code), counts))
    return rows


def laid_out(rows, name_width: int, gap: int) -> str:
    """``pdftotext -layout``'s text of the table: the names' column, the codes' after it, the
    figures right-aligned under their periods, code and figures beside each name's last line."""
    code_at = name_width + gap
    rights = [code_at + 6 + gap + (4 + gap) * (i + 1) for i in range(len(PERIODS))]

    def figures(values: list[str], start: str) -> str:
        line = start.ljust(code_at)
        for right, value in zip(rights, values):
            line = line.ljust(right - len(value)) + value
        return line

    out = ["OKOT's in de zorgsector - gestarte OKOT's 2021-2023", "Antwoord", "Gestarte OKOT's per opleiding", "",
           figures(PERIODS, "Opleiding".ljust(code_at) + "Code")]
    for pieces, code, counts in rows:
        out.extend(pieces[:-1])
        line = pieces[-1].ljust(code_at) + code
        out.append(figures([str(c) for c in counts], line))
    return "\n".join([*out, ""])


def _read(text: str):
    answer = read_text(text, "a.txt")
    cells = sorted((c.label, c.code, c.period, c.count) for t in answer.tables for c in t.cells)
    return answer.issues, cells


def _expected(rows):
    return [], sorted((" ".join(pieces), code, period, count)
                      for pieces, code, counts in rows for period, count in zip(PERIODS, counts))


@given(coded_rows(), st.integers(0, 3), st.integers(2, 6))
def test_codes_after_wrapped_names_beside_their_last_line_read_every_row(rows, slack, gap):
    width = max(len(p) for pieces, _, _ in rows for p in pieces) + slack
    assert _read(laid_out(rows, width, gap)) == _expected(rows)


def test_a_name_wrapped_over_three_lines_with_its_code_after_it():
    """A regression example of the property: names of one, two and three lines."""
    rows = [(["Bachelor in het", "onderwijs"], "908001", [12, 13, 14]),
            (["Zorgkundige"], "900124", [5, 6, 7]),
            (["Graduaat", "orthopedagogie", "verkort traject"], "900615", [35, 32, 41])]
    assert _read(laid_out(rows, 16, 3)) == _expected(rows)


# -- a name's range around a dash (``knelpuntvakken 2 - 3``) on a wrapped name's line, single-spaced

SCHOOL_YEARS = ["2015-2016", "2016-2017", "2017-2018"]


@st.composite
def ranged_rows(draw):
    """Coded rows, one of them named over three lines or more: a line that ends in a range
    around a dash (``knelpuntvakken 2 - 3``), then a line begun with a capital, then the name's
    last line in lower case with the row's figures (pypdf's and pdfplumber's single-spaced text)."""
    n = draw(st.integers(2, 4))
    codes = draw(st.lists(st.integers(100000, 999999), min_size=n, max_size=n, unique=True))
    ranged = draw(st.integers(0, n - 1))
    rows = []
    for i, code in enumerate(codes):
        counts = draw(st.lists(st.integers(10, 600), min_size=3, max_size=3))
        if i == ranged:
            low = draw(st.integers(1, 8))
            pieces = [f"{code}: {draw(st.sampled_from(FIRST))}", draw(st.sampled_from(MORE)),
                      f"knelpuntvakken {low} - {low + 1}", draw(st.sampled_from(["Tweedekansonderwijs en", "Hoger"])),
                      draw(st.sampled_from(MORE))]
        else:
            pieces = [f"{code}: {draw(st.sampled_from(FIRST))}", draw(st.sampled_from(MORE))]
        rows.append((pieces, str(code), counts))
    return rows


def single_spaced(rows, head: str, totals) -> str:
    out = ["Onderwijskwalificerende opleidingstrajecten (OKOT's) - Onderwijssector", "ANTWOORD",
           "op vraag nr. 334 van 2 maart 2018", "1. Hieronder vindt u een overzicht.", head,
           "OKOT'(s) " + " ".join(SCHOOL_YEARS)]
    for pieces, _, counts in rows:
        out.extend([*pieces[:-1], f"{pieces[-1]} {' '.join(map(str, counts))}"])
    return "\n".join([*out, f"Totaal {' '.join(map(str, totals))}", ""])


def _ranged_expected(rows):
    return sorted((code, period, count) for _, code, counts in rows for period, count in zip(SCHOOL_YEARS, counts))


def _ranged_read(text: str):
    answer = read_text(text, "g.txt")
    return answer, sorted((c.code, c.period, c.count) for t in answer.tables for c in t.cells if c.level == "row")


@given(ranged_rows())
def test_a_range_in_a_wrapped_name_under_additive_totals_is_read_right(rows):
    """Enrolments add up: only the reading that keeps the name whole fits the totals (the dash a
    blank gives the range's digits as figures and the name's last lines a row of their own)."""
    totals = [sum(counts[p] for _, _, counts in rows) for p in range(3)]
    answer, cells = _ranged_read(single_spaced(rows, "Aantal inschrijvingen", totals))
    assert (answer.issues, cells) == ([], _ranged_expected(rows))


@given(ranged_rows(), st.data())
def test_a_range_in_a_wrapped_name_under_unique_totals_is_read_right(rows, data):
    """Unique persons: both readings may fit the totals (said until session 34); among coded rows
    the line with a capital below the range's line goes on with the name, whatever the totals."""
    totals = []
    for p in range(3):
        parts = [counts[p] for _, _, counts in rows]
        totals.append(sum(parts) - data.draw(st.integers(0, sum(parts) - max(parts))))
    answer, cells = _ranged_read(single_spaced(rows, "Unieke cursisten met gestarte", totals))
    assert (answer.issues, cells) == ([], _ranged_expected(rows))


def test_a_range_in_a_wrapped_name_taken_by_one_row_only_is_the_names():
    """Regression: the sweep's table (seed 5040) — both readings fit its unique-person totals. Said
    until session 34; among coded rows the line with a capital below the range's line
    (``Tweedekansonderwijs en``) goes on with the coded row's name, no row whose code was lost
    starts there: the name whole, its figures on its last line."""
    rows = [(["338471: tandartsassistent -", "2de jaar knelpuntvakken", "beroepsonderwijs"], "338471", [597, 55, 57]),
            (["926877: Verkorte", "apotheekassistent", "knelpuntvakken 2 - 3", "Tweedekansonderwijs en", "zorgkundige"],
             "926877", [7, 51, 24])]
    answer, cells = _ranged_read(single_spaced(rows, "Unieke cursisten met", [604, 101, 73]))
    assert (answer.issues, cells) == ([], _ranged_expected(rows))
    assert {c.label for t in answer.tables for c in t.cells if c.code == "926877"} == {
        "Verkorte apotheekassistent knelpuntvakken 2 - 3 Tweedekansonderwijs en zorgkundige"}


def test_totals_that_fit_the_range_taken_by_the_coded_row_alone_are_said_wrong():
    """Totals that only the coded row's figures 2, blank, 3 with a row whose code was lost fit:
    said as both rows until session 34; the name read whole (the coded doctrine), the totals that
    it breaks are errors the audit reports (``parts-exceed-total``), never a silent pass."""
    rows = [(["338471: Graduaat", "beroepsonderwijs"], "338471", [597, 55, 57]),
            (["926877: Verkorte", "apotheekassistent", "knelpuntvakken 2 - 3", "Tweedekansonderwijs en", "zorgkundige"],
             "926877", [7, 51, 24])]
    answer, cells = _ranged_read(single_spaced(rows, "Aantal inschrijvingen", [599, 55, 60]))
    assert (answer.issues, cells) == ([], _ranged_expected(rows))
    assert [(f.rule, f.period, f.stated, f.observed) for f in audit(answer).findings if f.severity == "error"] == [
        ("parts-exceed-total", p, stated, observed) for p, stated, observed in zip(SCHOOL_YEARS, [599, 55, 60], [604, 106, 81])]


# -- a header repeated on a later page laid out on a grid of its own (``pdftotext -layout``)

YEARS = ["2020", "2021", "2022", "2023", "2024"]


@st.composite
def paged_rows(draw):
    """Two pages of coded rows under five years, each row's cells a count or a blank mark
    (``x``), each page with one row at least that fills every year."""
    pages = []
    codes = iter(draw(st.lists(st.integers(100000, 999999), min_size=12, max_size=12, unique=True)))
    for _ in range(2):
        rows = []
        for i in range(draw(st.integers(2, 5))):
            counts = draw(st.lists(st.one_of(st.integers(1, 999), st.none()) if i else st.integers(1, 999),
                                   min_size=5, max_size=5))
            rows.append((str(next(codes)), draw(st.sampled_from(FIRST)), counts))
        pages.append(rows)
    return pages


def paged_text(pages, shift: int, width: int = 8, pitch: int = 8, mark: str = "x") -> str:
    """The table over two pages, the header repeated on the second page `shift` characters right
    of where that page's figures stand and its years `pitch` characters apart, the figures
    `width` (each page on its own grid); the first page's header right above its figures. A
    blank cell printed as `mark` (or left empty)."""
    out = ["OKOT's in de zorgsector - geslaagde cursisten 2020-2024", "Antwoord", ""]
    for number, rows in enumerate(pages):
        at = 36 if number == 0 else 30
        head = "Opleiding".ljust(at)
        for k, year in enumerate(YEARS):
            head = head.ljust(at + (shift if number else 0) + (pitch if number else width) * (k + 1) - 4) + year
        out.extend([head, ""])
        for code, name, counts in rows:
            line = f"{code}: {name}".ljust(at)
            for k, value in enumerate(counts):
                cell = mark if value is None else str(value)
                line = line.ljust(at + width * (k + 1) - len(cell)) + cell
            out.extend([line, ""])
        if number == 0:
            out.extend(["", " " * 40 + "Pagina 1 van 2", "\f" + " " * 3])
    return "\n".join([*out, "Bron: VDAB", ""])


@given(paged_rows(), st.integers(0, 16), st.integers(6, 9), st.integers(6, 12), st.sampled_from(["x", ""]))
def test_rows_under_a_header_repeated_on_its_own_grid_read_in_their_years(pages, shift, width, pitch, mark):
    """Every row's figures under their own years (the example the sweep found is
    test_sweep26's ``…_on_a_later_page_reads_in_order``)."""
    answer = read_text(paged_text(pages, shift, width, pitch, mark), "p.txt")
    cells = sorted((c.code, c.period, c.count) for t in answer.tables for c in t.cells if c.level == "row")
    assert cells == sorted((code, year, value) for rows in pages for code, _, counts in rows
                           for year, value in zip(YEARS, counts) if value is not None)


# -- a name's range alone on the line below its row's figures (pdfplumber: figures beside a middle line)

RANGE_BELOW = "\n".join([
    "OKOT's in de zorgsector - gestarte cursisten",
    "Antwoord",
    "1. Hieronder vindt u het aantal gestarte unieke cursisten per opleiding.",
    "Opleiding {periods}",
    "Opvoeder graduaatsopleiding",
    "individueel traject - modules {first}",
    "{low}{dash}{high}",
    "Se-n-se individueel {second}",
    "Totaal {totals}",
    "",
])


@given(st.integers(1, 3), st.integers(1, 8), st.sampled_from(["- ", "-", " - "]), st.data())
def test_a_range_alone_below_a_rows_figures_ends_its_name(n, low, dash, data):
    """Before: the range's last digit read as the count of a row named ``1-`` (where the totals
    of unique persons allowed it), the name saved without its range, without a word."""
    periods = [str(2020 + i) for i in range(n)]
    first = data.draw(st.lists(st.integers(10, 99), min_size=n, max_size=n))
    second = data.draw(st.lists(st.integers(10, 99), min_size=n, max_size=n))
    totals = [a + b for a, b in zip(first, second)]
    text = RANGE_BELOW.format(periods=" ".join(periods), first=" ".join(map(str, first)), low=low, dash=dash,
                              high=low + 1, second=" ".join(map(str, second)), totals=" ".join(map(str, totals)))
    answer = read_text(text, "r.txt")
    cells = sorted((c.label, c.period, c.count) for t in answer.tables for c in t.cells if c.level == "row")
    name = " ".join(f"Opvoeder graduaatsopleiding individueel traject - modules {low}{dash}{low + 1}".split())
    assert (answer.issues, cells) == ([], sorted(
        [(name, p, c) for p, c in zip(periods, first)] + [("Se-n-se individueel", p, c) for p, c in zip(periods, second)]))
